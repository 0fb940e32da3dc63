package main

import "fmt"

func seq(yield func(int, int) bool) { yield(1, 10); yield(2, 20) }

func main() {
	a := []int{0, 0, 0}
	i := 0
	for i, a[i] = range seq {
	}
	fmt.Println(a)
}
