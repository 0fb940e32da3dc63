package main

import "fmt"

type T struct{ s []int }

func main() {
	a := &T{[]int{1, 2}}
	b := &T{[]int{1, 2, 3, 4, 5, 6, 7}}
	p := a
	out := p.s[:0]
	p = b
	for _, v := range p.s {
		out = append(out, v)
	}
	out[0] = 0
	fmt.Println(len(out), a.s, b.s, out)
}
