package main

import "fmt"

type C struct{ xs []int }

func (c C) add(v int) C {
	c.xs = append(c.xs, v)
	return c
}

//go:noinline
func (c C) addN(v int) C {
	c.xs = append(c.xs, v)
	return c
}

var sink []C

func main() {
	a := C{xs: make([]int, 2, 4)}
	b := a.add(1)
	a.xs = append(a.xs, 2)
	fmt.Println(a.xs, b.xs, len(b.xs))
	p := &C{}
	for i := 0; i < 5; i++ {
		*p = p.addN(i)
	}
	q := p.addN(100)
	p.xs = append(p.xs, 200)
	fmt.Println(p.xs, q.xs)
	sink = append(sink, *p, q)
	fmt.Println(len(sink))
}
