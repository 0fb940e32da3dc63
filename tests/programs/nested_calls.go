package main

import "fmt"

func add(a, b int) int { return a + b }
func mul(a, b int) int { return a * b }
func pick(c bool, a, b string) string {
	if c {
		return a
	}
	return b
}

func main() {
	fmt.Println(add(mul(2, 3), mul(add(1, 1), 5)))
	fmt.Println(pick(add(1, 2) == 3, "yes", "no"), pick(false, "yes", "no"))
	fmt.Println(fmt.Sprintf("%d", add(40, 2)) + fmt.Sprint(mul(1, 1)))
}
