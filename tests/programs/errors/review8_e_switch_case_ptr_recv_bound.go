package main

import "fmt"

type I interface{ M() }

type T struct{}

func (*T) M() {}

func main() {
	var i I
	switch v := i.(type) {
	case *T:
		fmt.Println(v)
	case T:
		fmt.Println(v)
	}
}
