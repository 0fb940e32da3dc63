package main

import "fmt"

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	a := []int{1, 2}
	b := []int{3, 4}
	all := append(a, b...)
	fmt.Println(sum(all))
}
