package main

import "fmt"

func build(n int) []int {
	var s []int
	if n == 0 {
		return nil
	} else {
		s = append(s, n)
	}
	fmt.Println(len(s), cap(s))
	return nil
}

func main() { build(3) }
