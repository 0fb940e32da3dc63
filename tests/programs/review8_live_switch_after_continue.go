package main

import "fmt"

func main() {
	var s []int
	for i := 0; i < 3; i++ {
		switch i {
		case 0:
			continue
		case 1:
			s = append(s, 1)
		}
	}
	fmt.Println(len(s), cap(s))
}
