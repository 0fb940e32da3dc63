package main

import "fmt"

type T struct{}

func (T) M() int { return a }

var a = T{}.M()

var b = func() int { return c }()
var c = b

var d = h()

func h() int { return g() }
func g() int { return d }

func main() { fmt.Println(a, b, c, d) }
