package main

import "fmt"

func main() {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i)
		fmt.Println(len(s), cap(s))
	}
	var b []byte
	for i := 0; i < 5; i++ {
		b = append(b, 'x')
	}
	fmt.Println(len(b), cap(b))
	t := make([]int, 0)
	t = append(t, 1, 2, 3)
	fmt.Println(cap(t))
	var u []int
	for i := 0; i < 5; i++ {
		u = append(u, i)
	}
	fmt.Println(u, cap(u))
}
