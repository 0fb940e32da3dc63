package main

import "fmt"

func f4[M4 map[K4]int, K4 comparable](m4 M4) int { return len(m4) }

func f5[M5 map[K5]int, K5 comparable](m5 M5) int {
	return f4(m5)
}

func main() {
	fmt.Println(f5(map[string]int{"a": 1}))
}
