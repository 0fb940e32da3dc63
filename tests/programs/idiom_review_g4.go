package main

import "fmt"

func pick(m map[int][]int) []int { return m[0] }

func main() {
	m := map[int][]int{0: make([]int, 1, 8)}
	t := pick(m)
	t = append(t, 5)
	t[0] = 9
	fmt.Println(m[0][:2], t)
}
