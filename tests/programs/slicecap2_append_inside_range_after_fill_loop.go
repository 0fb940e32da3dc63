package main

import "fmt"

// Checks cap growth when appending inside loops after a fill loop and a range over the slice.
func main() {
	var s []byte
	for i := 0; i < 5; i++ {
		s = append(s, 'a')
	}
	n := 0
	for _, c := range s {
		n += int(c)
	}
	for i := 0; i < 5; i++ {
		s = append(s, 'b')
		fmt.Print(cap(s), " ")
	}
	fmt.Println(n, len(s), string(s))
	var t []int
	for i := 0; i < 2; i++ {
		t = append(t, i)
	}
	for i := range t {
		t = append(t, i)
		fmt.Print(cap(t), " ")
	}
	fmt.Println(t)
}
