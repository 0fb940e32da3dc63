package main

import "fmt"

// Checks clear and copy on []byte conversions keep the original strings intact.
func main() {
	s := fmt.Sprint("hello")
	b := []byte(s)
	clear(b[:1])
	fmt.Println(len(b), cap(b), s)
	t := fmt.Sprint("world")
	c := []byte(t)
	n := copy(c, "W")
	fmt.Println(n, len(c), cap(c), t)
}
