package main

import "fmt"

func f[T ~[4]int | ~[5]int](x any) int { return len(x.(T)) }

func main() {
	defer func() { fmt.Println("rec", recover()) }()
	fmt.Println(f[[4]int]([4]int{}))
	fmt.Println(f[[5]int](1))
}
