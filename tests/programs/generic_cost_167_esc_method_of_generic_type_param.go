package main

import "fmt"

type U int

func (u U) Use(s []int) int { return len(s) }

type User interface{ Use([]int) int }

type Pool[T User] struct {
	u     T
	items []int
}

func (p *Pool[T]) Add(v int) int {
	p.items = append(p.items, v)
	return p.u.Use(p.items)
}

func main() {
	var p Pool[U]
	p.Add(1)
	fmt.Println(len(p.items), cap(p.items))
	var s []int
	s = append(s, 1)
	fmt.Println(p.u.Use(s), cap(s))
}
