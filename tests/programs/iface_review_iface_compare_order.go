package main

import "fmt"

type I interface{ M() }
type A int

func (A) M() {}

func main() {
	var i I = A(1)
	var a any = A(1)
	fmt.Println(i == a)
	switch i {
	case a:
		fmt.Println("case")
	}
}
