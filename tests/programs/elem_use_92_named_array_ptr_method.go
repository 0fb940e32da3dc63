package main

import (
	"fmt"
)

type Row [2]int8

func (r *Row) Set(v int8) { r[1] = v }
func (r Row) Sum() int8   { return r[0] + r[1] }

//go:noinline
func build(n int) []Row {
	var s []Row
	for i := 0; i < n; i++ {
		s = append(s, Row{int8(i)})
		s[i].Set(s[i].Sum() + 1)
	}
	return s
}

func main() {
	for n := 0; n < 14; n++ {
		s := build(n)
		fmt.Println(n, len(s), cap(s), s)
	}
}
