package main

import "fmt"

type MyInts []int

func Both[T any](a, b T) T { return b }

func main() {
	fmt.Printf("%T\n", Both([]int{2}, MyInts{1}))
}
