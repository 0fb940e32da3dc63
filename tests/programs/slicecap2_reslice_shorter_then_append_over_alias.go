package main

import "fmt"

// Checks appends after reslicing shorter overwriting elements seen through an earlier copy.
func main() {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	t := s
	s = s[:1]
	for i := 0; i < 5; i++ {
		s = append(s, 10+i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println(t[1], t[2], s[1])
}
