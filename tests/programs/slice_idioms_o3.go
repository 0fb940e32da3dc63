package main

import "fmt"

func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
	}
	c := append(s[:0:0], s...)
	c[0] = 7
	fmt.Println(s[0], c[0])
}
