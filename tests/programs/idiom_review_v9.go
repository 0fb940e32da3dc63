package main

import "fmt"

type C struct{ xs []int }

func (c C) add(v int) C {
	c.xs = append(c.xs, v)
	return c
}

func main() {
	var c C
	for i := 0; i < 5; i++ {
		c.xs = append(c.xs, i)
	}
	d := c.add(10)
	e := c.add(20)
	fmt.Println(d.xs, e.xs)
	f := c
	f.xs = append(f.xs[:1], 7)
	fmt.Println(c.xs, f.xs)
}
