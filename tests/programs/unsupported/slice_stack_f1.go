package main

import "fmt"

type B struct{ buf []int }

func (b B) add(c int) B {
	b.buf = append(b.buf, c)
	return b
}

func main() {
	var b B
	b = b.add(1)
	x := b.add(2)
	y := b.add(3)
	fmt.Println(x.buf[1], y.buf[1])
}
