package main

import "fmt"

type Small uint8

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()

	// Range over zero and negative counts runs no iterations.
	for i := range 0 {
		fmt.Println("never", i)
	}
	neg := -3
	for i := range neg {
		fmt.Println("never", i)
	}

	n := 4
	sum := 0
	for i := range n {
		sum += i
	}
	fmt.Println("sum", sum)

	// The limit is evaluated once.
	limit := 3
	for i := range limit {
		limit = 10
		fmt.Print(i, " ")
	}
	fmt.Println(limit)

	// Without a variable.
	count := 0
	for range 7 {
		count++
	}
	fmt.Println("count", count)

	// Typed limits give typed loop variables.
	var s Small = 3
	for i := range s {
		fmt.Printf("%T %d ", i, i)
	}
	fmt.Println()
	for i := range int64(2) {
		fmt.Printf("%T %d ", i, i)
	}
	fmt.Println()
	var u8 uint8 = 255
	c := 0
	for range u8 {
		c++
	}
	fmt.Println("uint8 255 iterations:", c)

	// Nested with labels, break and continue.
outer:
	for i := range 5 {
		for j := range 5 {
			if j > i {
				continue outer
			}
			if i == 4 {
				break outer
			}
			fmt.Print(i*10+j, " ")
		}
	}
	fmt.Println()

	// Multiplication table.
	for i := range 4 {
		for j := range 4 {
			fmt.Printf("%3d", (i+1)*(j+1))
		}
		fmt.Println()
	}

	// Range over len of a slice.
	words := []string{"x", "y", "z"}
	for i := range len(words) {
		fmt.Print(words[len(words)-1-i])
	}
	fmt.Println()

	// Modifying the loop variable does not affect iteration.
	for i := range 3 {
		fmt.Print(i, "->")
		i *= 10
		fmt.Print(i, " ")
	}
	fmt.Println()

	// Assignment form with an existing variable.
	var k int
	for k = range 6 {
	}
	fmt.Println("k", k)

	const N = 3
	for i := range N {
		fmt.Printf("%T ", i)
	}
	fmt.Println()
}
