package main

import "fmt"

func pick(k int) {
	var s []string
	switch {
	case k < 0:
		panic("negative")
	default:
		s = append(s, "x")
	}
	fmt.Println(len(s), cap(s))
}

func main() { pick(1) }
