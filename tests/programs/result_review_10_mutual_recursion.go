package main

import "fmt"

func evens(n int) []int {
	if n <= 0 {
		return make([]int, 0, 2)
	}
	if n%2 == 1 {
		return odds(n - 1)
	}
	return odds(n - 1)[:0]
}

func odds(n int) []int {
	if n <= 0 {
		return nil
	}
	if n > 5 {
		return []int{n, n}
	}
	return evens(n - 1)
}

func main() {
	for n := 0; n < 8; n++ {
		e := evens(n)
		o := odds(n)
		fmt.Println(n, len(e), cap(e), len(o), cap(o))
	}
}
