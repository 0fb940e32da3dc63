package main

import "fmt"

func pair() (int, string) { return 7, "seven" }

func show(n int, s string) string { return fmt.Sprint(n, "=", s) }

func divmod(a, b int) (int, int) { return a / b, a % b }

func add(a, b int) int { return a + b }

func triple() (int8, uint16, bool) { return -3, 65535, true }

func describe(a int8, b uint16, c bool) { fmt.Println(a, b, c) }

func main() {
	fmt.Println(show(pair()))
	fmt.Println(add(divmod(17, 5)))
	describe(triple())
	fmt.Println(divmod(add(divmod(100, 7)), 3))
}
