package main

import "fmt"

type E struct{}

// Zero-size elements: struct{}, [0]int, named empty struct.
func main() {
	var s []struct{}
	for i := 0; i < 10; i++ {
		s = append(s, struct{}{})
		fmt.Println("empty", i, len(s), cap(s))
	}
	var t [][0]int
	t = append(t, [0]int{}, [0]int{}, [0]int{})
	fmt.Println("arr0 x3:", len(t), cap(t))
	var e []E
	e = append(e, E{}, E{}, E{}, E{}, E{})
	fmt.Println("E x5:", len(e), cap(e), e[4] == E{})
	m := make([]struct{}, 0)
	m = append(m, struct{}{})
	fmt.Println("make0:", len(m), cap(m))
	count := 0
	for range e {
		count++
	}
	fmt.Println(count)
}
