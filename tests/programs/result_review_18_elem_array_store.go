package main

import "fmt"

// pairs is inlined; s[0][1] = v stores into an element of an element.
func pairs(n int) [][2]int32 {
	var s [][2]int32
	for i := 0; i < n; i++ {
		s = append(s, [2]int32{int32(i), int32(i * i)})
	}
	s[0][1] = -1
	return s
}

func main() {
	for n := 1; n <= 3; n++ {
		p := pairs(n)
		fmt.Println(n, len(p), cap(p), p[0])
	}
}
