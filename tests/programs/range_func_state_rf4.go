package main

import "fmt"

func bad(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		yield(i)
	}
}

func f() int {
	for x := range bad {
		fmt.Println("body", x)
		if x == 0 {
			break
		}
	}
	return 5
}

func main() {
	fmt.Println(f())
}
