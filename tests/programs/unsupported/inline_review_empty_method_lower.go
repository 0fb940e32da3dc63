package main

import "fmt"

type T struct{ a int }

func (T) E() {}

func c(v int) int {
	var t T
	t.E()
	t.E()
	t.E()
	t.E()
	t.E()
	t.E()
	t.E()
	t.E()
	t.E()
	t.E()
	t.E()
	t.E()
	t.E()
	t.E()
	t.E()
	t.E()
	t.E()
	t.E()
	t.E()
	t.E()
	t.E()
	t.E()
	t.E()
	t.E()
	t.E()
	t.E()
	t.E()
	var s []int
	s = append(s, v)
	return cap(s)
}

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println(c(i))
	}
}
