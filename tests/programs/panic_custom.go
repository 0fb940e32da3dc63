package main

import "fmt"

func mustPositive(n int) int {
	if n < 0 {
		panic("negative value: " + fmt.Sprint(n))
	}
	return n
}

func main() {
	fmt.Println(mustPositive(3))
	fmt.Println(mustPositive(-4))
}
