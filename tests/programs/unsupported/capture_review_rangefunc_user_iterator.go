package main

import "fmt"

func each(yield func(int) bool) { yield(1) }

func main() {
	var s []int
	for x := range each {
		_ = x + len(s)
	}
	s = append(s, 1)
	fmt.Println(cap(s))
}
