package main

import "fmt"

func evens(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		if i%2 == 0 {
			s = append(s, i)
		}
	}
	return s
}

func main() {
	for n := 1; n < 8; n += 3 {
		switch e := evens(n); len(e) {
		case 1:
			fmt.Println("one", cap(e))
		case 2:
			fmt.Println("two", cap(e))
		default:
			fmt.Println("many", len(e), cap(e))
		}
		for i, v := range evens(n) {
			fmt.Print(i, ":", v, " ")
		}
		fmt.Println()
	}
}
