package main

import "fmt"

type U struct{}

//go:noinline
func (U) Use(s []byte) int { return len(s) } // s does not leak

func main() {
	var s []byte
	for i := 0; i < 3; i++ {
		s = append(s, byte(i))
	}
	n := U.Use(U{}, s) // gc's slice pass resolves the method expression (OMETHEXPR) and reads Use's tag; U{}.Use(s) gives 8 in both
	t := s             // transition: gc moves s to the heap here, appends used the size-class ladder
	fmt.Println(len(t), cap(t), n)
}
