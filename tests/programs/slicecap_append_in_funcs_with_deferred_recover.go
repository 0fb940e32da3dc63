package main

import "fmt"

//go:noinline
func deferred(n int) (res int) {
	defer func() {
		if r := recover(); r != nil {
			res = -1
		}
	}()
	var s []byte
	for i := 0; i < n; i++ {
		s = append(s, byte(i))
	}
	return cap(s)
}

func withRecover() int {
	defer func() { recover() }()
	var s []int
	s = append(s, 1)
	return cap(s)
}

// Checks cap of slices appended in functions that defer a recovering closure and return the cap.
func main() {
	fmt.Println(deferred(3), deferred(40))
	fmt.Println(withRecover())
}
