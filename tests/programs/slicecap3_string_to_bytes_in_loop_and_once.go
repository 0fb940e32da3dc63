package main

import "fmt"

// Checks capacity of []byte conversions made inside a loop and once outside it.
func main() {
	strs := []string{"hello", "worlds!"}
	var b []byte
	for i := 0; i < 2; i++ {
		b = []byte(strs[i])
		b[0] = 'H'
	}
	fmt.Println(len(b), cap(b))
	c := []byte(strs[0])
	c[0] = 'J'
	fmt.Println(len(c), cap(c))
}
