package main

import "fmt"

type C struct{ xs []int }

func (c C) add(v int) C {
	c.xs = append(c.xs, v)
	return c
}

func main() {
	var c C
	for i := 0; i < 3; i++ {
		c = c.add(i)
	}
	d := c.add(10)
	e := c.add(20)
	fmt.Println(c.xs, d.xs, e.xs)
}
