package main

import "fmt"

func f[T ~[4]int](p *T) int { return len(*p) }

func main() {
	defer func() { fmt.Println("rec", recover() != nil) }()
	fmt.Println(f[[4]int](nil))
}
