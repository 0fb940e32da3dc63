package main

import "fmt"

func main() {
	var s []int
	for i := 0; i < 3; i++ {
		if i == 0 {
			continue
		} else {
			s = append(s, i)
		}
	}
	fmt.Println(len(s), cap(s))
}
