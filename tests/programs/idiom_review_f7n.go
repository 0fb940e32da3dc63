package main

import "fmt"

type T struct{ s []int }

func main() {
	t := T{[]int{1, 2}}
	out := t.s[:0]
	t.s = []int{1, 2, 3, 4, 5, 6, 7}
	for _, v := range t.s {
		out = append(out, v)
	}
	out[0] = 0
	fmt.Println(len(out), t.s, out)
}
