package main

import "fmt"

type C struct{ xs []int }

func (c C) add(v int) C {
	c.xs = append(c.xs, v)
	return c
}

func main() {
	s := []int{1, 2, 3, 4}
	c := C{s[:1]}
	d := c.add(10)
	c.xs = s[:2:2]
	e := c.add(20)
	f := C{}.add(3)
	fmt.Println(c.xs, d.xs, e.xs, s, f.xs)
	p := &c
	p.xs = s[:0]
	g := p.add(30)
	fmt.Println(g.xs, s)
}
