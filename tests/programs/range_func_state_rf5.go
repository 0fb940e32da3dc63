package main

import "fmt"

func bad(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		yield(i)
	}
}

func main() {
Outer:
	for j := range 2 {
		for x := range bad {
			fmt.Println("body", j, x)
			if x == 0 {
				continue Outer
			}
		}
	}
}
