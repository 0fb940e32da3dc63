package main

import "fmt"

func g[T ~[4]int](a []T, i int) int { return len(a[i]) }

func main() {
	defer func() { fmt.Println("rec", recover()) }()
	fmt.Println(g[[4]int](nil, 3))
}
