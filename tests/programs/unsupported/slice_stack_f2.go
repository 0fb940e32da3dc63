package main

import "fmt"

type B struct{ buf []int }

func main() {
	var b B
	b.buf = append(b.buf, 1)
	x := append(b.buf, 2)
	y := append(b.buf, 3)
	fmt.Println(x[1], y[1])
}
