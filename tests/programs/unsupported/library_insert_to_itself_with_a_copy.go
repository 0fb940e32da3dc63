// slices.Insert to a parameter copied before: whether the copy sees the elements shift
// depends on the caller's capacity, which gc may keep on the stack; memrun refuses.
package main

import (
	"fmt"
	"slices"
)

//go:noinline
func f(s []byte) {
	t := s
	s = slices.Insert(s, 0, []byte("0123456789abcdefghij")...)
	fmt.Println(string(t), len(s))
}

func build() []byte {
	var s []byte
	for i := range 9 {
		s = append(s, 'a'+byte(i))
	}
	return s
}

func main() {
	var s []byte
	for i := range 9 {
		s = append(s, 'a'+byte(i))
	}
	f(s)
	f(build())
}
