package main

import "fmt"

type T int
type K struct{}

func (K) M() T { return 2 }

func main() {
	type T int
	type I interface{ M() T }
	var y any = K{}
	i, ok := y.(I)
	fmt.Println(ok, i != nil)
}
