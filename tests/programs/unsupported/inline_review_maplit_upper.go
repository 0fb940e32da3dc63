package main

import "fmt"

func one(s []int, x int) []int {
	return append(s, map[int]int{1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 11, 12: 12, 13: 13, 14: 14, 15: 15, 16: 16, 17: 17, 18: 18, 19: 19, 20: 20, 21: 21, 22: 22, 23: 23, 24: 24, 25: 25}[x])
}

func main() {
	r := one(nil, 1)
	t := append(r, 7)
	u := append(r, 8)
	fmt.Println(t[1], u[1])
}
