package main

import "fmt"

func main() {
	defer func() { fmt.Println("rec:", recover()) }()
	m := map[any]int{}
	func() {
		defer func() { fmt.Println("rec:", recover()) }()
		_ = m[[]int{}]
	}()
	var n map[any]int
	fmt.Println(n[[]int{}])
}
