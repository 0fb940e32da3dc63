package main

import "fmt"

func buffer(n int) []int {
	return make([]int, n)
}

func main() {
	sizes := []int{3, 0, -2}
	for i := 0; i < len(sizes); i++ {
		b := buffer(sizes[i])
		fmt.Println(len(b), b)
	}
}
