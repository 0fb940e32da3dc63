// probes: s = append(s, push(&s)): the helper appends to s through a pointer during the caller's append
package main

import "fmt"

func push(p *[]int) int {
	*p = append(*p, 100)
	return len(*p)
}

func main() {
	s := make([]int, 0, 10)
	s = append(s, push(&s))
	fmt.Println(s)
	var t []int
	t = append(t, push(&t), push(&t))
	fmt.Println(t)
}
