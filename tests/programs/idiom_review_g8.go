package main

import "fmt"

func sub(s []int) []int { return s[1:2] }

func arr(a *[4]int) []int { return a[:1] }

func main() {
	base := make([]int, 4, 8)
	t := sub(base)
	t = append(t, 5)
	t[0] = 9
	fmt.Println(base, t)
	var a [4]int
	u := arr(&a)
	u = append(u, 6)
	u[0] = 3
	fmt.Println(a, u)
}
