package main

import "fmt"

func main() {
	m := map[string]int{
		"a": 1,
		"b": 2,
		"a": 3,
	}
	n := map[int]bool{1: true, 2: false, 1: false}
	fmt.Println(m, n)
}
