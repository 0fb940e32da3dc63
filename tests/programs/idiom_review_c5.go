package main

import "fmt"

type A struct {
	X int8 `t:"a"`
}
type B struct{ X int8 }

type F float64

type C struct{ V F `x:"1"` }
type D struct{ V float64 }

func main() {
	a := A{-1}
	var i any = B(a)
	_, ok := i.(A)
	fmt.Println(i, ok)
	fmt.Printf("%T %v\n", i, i)
	s := []A{{1}}
	t := []B{}
	t = append(t, ([]B)(nil)...)
	var u any = []B(nil)
	fmt.Println(len(s), len(t), u == nil)
}
