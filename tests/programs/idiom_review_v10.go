package main

import "fmt"

type C struct{ xs []int }

func (c C) add(v int) C {
	c.xs = append(c.xs, v)
	return c
}

func main() {
	cs := []C{{}, {}}
	for i := 0; i < 3; i++ {
		cs[0] = cs[0].add(i)
	}
	m := map[string]C{}
	m["a"] = cs[0]
	d := m["a"].add(1)
	e := m["a"].add(2)
	fmt.Println(d.xs, e.xs)
	cs[1].xs = make([]int, 1, 3)
	x := cs[1].add(5)
	y := cs[1].add(6)
	fmt.Println(x.xs, y.xs)
}
