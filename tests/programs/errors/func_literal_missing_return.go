package main

import "fmt"

func main() {
	sign := func(n int) int {
		if n > 0 {
			return 1
		} else if n < 0 {
			return -1
		}
	}
	fmt.Println(sign(3))
}
