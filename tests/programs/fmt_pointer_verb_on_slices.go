package main

import (
	"fmt"
	"strings"
)

type S []int

func (s S) String() string { return "S!" }

type st struct {
	a []int
	p *int
	n int
}

func main() {
	var s []int
	fmt.Printf("%p\n", s)
	t := make([]int, 2)
	x := fmt.Sprintf("%p", t)
	fmt.Println(strings.HasPrefix(x, "0x") && x != "0x0")
	y := fmt.Sprintf("%p", S{1})
	fmt.Println(strings.HasPrefix(y, "0x") && y != "0x0", len(y) > 4)
	fmt.Printf("%p %p\n", 5, "x")
	var m map[string]int
	fmt.Printf("%p\n", m)
	fmt.Printf("%v\n", fmt.Sprintf("%p", st{}))
	fmt.Printf("[%8p] [%-8p] [%#p]\n", s, s, s)
	var f func()
	fmt.Printf("%p\n", f)
	fmt.Printf("%p\n", []string(nil))
}
