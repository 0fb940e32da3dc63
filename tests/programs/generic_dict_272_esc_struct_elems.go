package main

import "fmt"

type pt struct{ x, y int }

type Area struct{}

func (Area) Sum(ps []pt) int {
	t := 0
	for _, p := range ps {
		t += p.x * p.y
	}
	return t
}

//go:noinline
func Total[A interface{ Sum([]pt) int }](a A, n int) (int, int) {
	var ps []pt
	ps = append(ps, pt{n, n})
	return a.Sum(ps), cap(ps)
}

func main() {
	fmt.Println(Total(Area{}, 3))
}
