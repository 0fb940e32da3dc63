package main

import "fmt"

func main() {
	m := map[any]int{}
	func() {
		defer func() { fmt.Println(recover()) }()
		m[[]int{1}] = 2
	}()
	fmt.Println(len(m))
}
