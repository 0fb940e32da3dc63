package main

import "fmt"

type C struct{ xs []int }

func (c C) add(v int) C {
	c.xs = append(c.xs, v)
	return c
}

func main() {
	c1 := C{make([]int, 0, 4)}
	c2 := c1.add(1)
	c3 := c1.add(2)
	fmt.Println(c2.xs, c3.xs, cap(c2.xs))
}
