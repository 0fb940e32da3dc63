package main

import "fmt"

// Checks len and cap when appending to a slice while ranging over it by value and by index.
func main() {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	for _, v := range s {
		s = append(s, v*10)
		fmt.Print(len(s), ":", cap(s), " ")
	}
	fmt.Println(s)
	var t []int
	t = append(t, 1, 2)
	for i := range t {
		t = append(t, i)
	}
	fmt.Println(len(t), cap(t), t)
}
