package main

import "fmt"

func sum(xs ...int) int { return len(xs) }

func pair(a int, b int) int { return a + b }

func main() {
	xs := []int{1, 2}
	fmt.Println(sum(1, xs...))
	fmt.Println(pair(xs...))
}
