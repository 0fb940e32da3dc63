package main

import (
	"fmt"
	"os"
)

func pair() (int, int) { return 1, 2 }

func none() {}

func add(a, b int) int { return a + b }

var s1, s2 string = pair()

func named() (x int) {
	{
		x := 2
		_ = x
		return
	}
}

func main() {
	s := os.Args
	_ = add(len(s), 1)
	fmt.Println(add(s...))
	_ = len(s...)
	var u, v = none()
	_ = fmt
	_ = len
	int(named())
	+named()
	fmt.Println(s1, s2, u, v)
}
