package main

import "fmt"

func pick(xs []*int, i int) *int {
	if i < len(xs) {
		return xs[i]
	}
	return nil
}

func main() {
	a, b := 1, 2
	xs := []*int{&a, &b}
	total := 0
	for i := 0; i < 3; i++ {
		p := pick(xs, i)
		fmt.Println("step", i)
		total += *p
		fmt.Println("total", total)
	}
}
