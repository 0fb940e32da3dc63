package main

import "fmt"

type A = [2]B
type B struct{ a A }

func main() { var b B; fmt.Println(b) }
