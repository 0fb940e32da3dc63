package main

import "fmt"

// Checks len and cap in append loops that reslice off the front to keep a sliding window.
func main() {
	var s []int
	for i := 0; i < 9; i++ {
		s = append(s, i)
		if len(s) > 2 {
			s = s[1:]
		}
		fmt.Print(len(s), "/", cap(s), " ")
	}
	fmt.Println(s[0])
	_ = s
	var b []byte
	for i := 0; i < 40; i++ {
		b = append(b, byte(i))
		if len(b) > 5 {
			b = b[2:]
		}
		fmt.Print(cap(b), " ")
	}
	fmt.Println(b[0])
	_ = b
}
