package main

import "fmt"

func f[P ~*[4]int](p P) int { return cap(*p) }

func main() {
	defer func() { fmt.Println("rec", recover()) }()
	fmt.Println(f[*[4]int](nil))
}
