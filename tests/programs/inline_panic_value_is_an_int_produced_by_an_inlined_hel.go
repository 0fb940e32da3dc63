// probes: panic value is an int produced by an inlined helper, re-panicked with a wrapped error
package main

import (
	"errors"
	"fmt"
)

func code(v int) int {
	s := append([]int(nil), v*2)
	if s[0] > 4 {
		panic(s[0])
	}
	return s[0]
}

func main() {
	defer func() {
		if r := recover(); r != nil {
			panic(errors.New(fmt.Sprint("wrapped: ", r)))
		}
	}()
	fmt.Println(code(1))
	fmt.Println(code(3))
}
