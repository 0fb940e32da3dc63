package main

import "fmt"

type T struct{ xs []int }

func get(p *T) []int { return p.xs }

func main() {
	p := &T{make([]int, 1, 8)}
	t := get(p)
	t = append(t, 5)
	t[0] = 9
	fmt.Println(p.xs[:2], t)
}
