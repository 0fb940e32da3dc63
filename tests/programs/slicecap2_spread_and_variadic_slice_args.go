package main

import "fmt"

//go:noinline
func vshow(xs ...int) int { return len(xs) }

//go:noinline
func vshow2(xs ...[]int) int { return len(xs) }

// Checks cap growth in append loops followed by spreading the slice into a variadic call or passing it as a variadic element.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println(vshow(s...))
	_ = s
	var t []int
	for i := 0; i < 5; i++ {
		t = append(t, i)
		fmt.Print(cap(t), " ")
	}
	fmt.Println(vshow2(t))
	_ = t
}
