package main

import "fmt"

func a() {}
func b() {}

func main() {
	f, g := a, b
	fmt.Println(f == g)
	m1, m2 := map[int]int{}, map[int]int{}
	fmt.Println(m1 == m2)
}
