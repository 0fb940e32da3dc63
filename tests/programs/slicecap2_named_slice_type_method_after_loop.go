package main

import "fmt"

type L []int

//go:noinline
func (l L) Sum() int {
	n := 0
	for _, v := range l {
		n += v
	}
	return n
}

// Checks cap growth of a named slice type with a method and of a plain slice converted to it.
func main() {
	var s L
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println(s.Sum())
	_ = s
	var t []int
	for i := 0; i < 5; i++ {
		t = append(t, i)
		fmt.Print(cap(t), " ")
	}
	fmt.Println(L(t).Sum())
	_ = t
}
