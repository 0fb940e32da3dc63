package main

import "fmt"

func pick(k int) {
	var s []string
	switch k {
	case 0:
		return
	case 1:
		s = append(s, "one")
	default:
		s = append(s, "many")
	}
	fmt.Println(len(s), cap(s))
}

func main() { pick(1); pick(2) }
