package main

import "fmt"

func ones(yield func(int) bool) {
	yield(1)
}

func pairs(yield func(int, string) bool) {
	yield(1, "a")
}

func nothing(yield func() bool) {
	yield()
}

func main() {
	for i, v := range ones {
		fmt.Println(i, v)
	}
	for a, b, c := range pairs {
		fmt.Println(a, b, c)
	}
	for x := range nothing {
		fmt.Println(x)
	}
}
