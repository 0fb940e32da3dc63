package main

import "fmt"

// Checks copies of slices declared in a for init clause and declared inside the loop body.
func main() {
	for i, s := 0, []int(nil); i < 2; i++ {
		s = append(s, 1)
		s = append(s, 2)
		t := s
		fmt.Println(len(t), cap(t))
	}
	for i := 0; i < 2; i++ {
		var s []int
		s = append(s, 1)
		s = append(s, 2)
		s = append(s, 3)
		t := s
		fmt.Println(len(t), cap(t))
	}
}
