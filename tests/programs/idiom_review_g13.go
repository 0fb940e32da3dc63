package main

import "fmt"

func vari(xs ...int) []int { return xs }

func main() {
	a := []int{1, 2, 3, 4}
	t := vari(a[:1]...)
	t = append(t, 5)
	fmt.Println(a, t)
	u := vari(1, 2)
	u = append(u, 3)
	fmt.Println(u, cap(u))
}
