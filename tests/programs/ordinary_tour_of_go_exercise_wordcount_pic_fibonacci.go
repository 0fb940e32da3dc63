// Tour of Go exercise: WordCount, Pic, Fibonacci
package main

import (
	"fmt"
	"strings"
)

func WordCount(s string) map[string]int {
	m := make(map[string]int)
	for _, w := range strings.Fields(s) {
		m[w]++
	}
	return m
}

func Pic(dx, dy int) [][]uint8 {
	p := make([][]uint8, dy)
	for y := range p {
		p[y] = make([]uint8, dx)
		for x := range p[y] {
			p[y][x] = uint8((x ^ y) * (x + y) / 2)
		}
	}
	return p
}

func Sqrt(x float64) float64 {
	z := 1.0
	for i := 0; i < 10; i++ {
		z -= (z*z - x) / (2 * z)
		fmt.Printf("iter %d: %v\n", i, z)
	}
	return z
}

func main() {
	tests := []string{
		"I am learning Go!",
		"The quick brown fox jumped over the lazy dog.",
		"I ate a donut. Then I ate another donut.",
		"A man a plan a canal panama.",
	}
	for _, t := range tests {
		fmt.Printf("%v\n", WordCount(t))
	}
	pic := Pic(6, 4)
	for _, row := range pic {
		fmt.Println(row)
	}
	fmt.Println(Sqrt(2))
}
