// The copy's field is read after the append: gc keeps the append's storage on the stack
// (32 bytes) where its capacity differs from a heap append's; memrun refuses.
package main

import "fmt"

type Stack struct{ items []int }

func (s Stack) Push(v int) int {
	s.items = append(s.items, v)
	return cap(s.items)
}

func main() {
	var s Stack
	fmt.Println(s.Push(1), s.Push(2))
}
