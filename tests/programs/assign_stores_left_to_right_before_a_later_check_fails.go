package main

import "fmt"

func two() (int, int) { return 7, 8 }

//go:noinline
func idx() int { return 5 }

func main() {
	s := []int{0, 0}
	m := map[string]int{}
	i := idx()
	func() {
		defer func() { fmt.Println("1", recover() != nil, s) }()
		s[0], s[i] = 1, 2
	}()
	func() {
		defer func() { fmt.Println("2", recover() != nil, m) }()
		s[i], m["a"] = 1, 2
	}()
	func() {
		defer func() { fmt.Println("3", recover() != nil, m) }()
		m["b"], s[i] = two()
	}()
	var p *int
	x := 0
	func() {
		defer func() { fmt.Println("4", recover() != nil, x) }()
		x, *p = 3, 4
	}()
	func() {
		defer func() { fmt.Println("5", recover() != nil, s) }()
		s[1], s[i] = s[i-4], 9
	}()
}
