package main

import "fmt"

// Checks cap when switch cases append 1 to 6 values to a nil []int declared in a loop, followed by one more append.
func main() {
	for n := 1; n <= 6; n++ {
		var s []int
		switch n {
		case 1:
			s = append(s, 1)
		case 2:
			s = append(s, 1, 2)
		case 3:
			s = append(s, 1, 2, 3)
		case 4:
			s = append(s, 1, 2, 3, 4)
		case 5:
			s = append(s, 1, 2, 3, 4, 5)
		case 6:
			s = append(s, 1, 2, 3, 4, 5, 6)
		}
		fmt.Println(n, len(s), cap(s))
		s = append(s, 7)
		fmt.Println(n, len(s), cap(s))
	}
}
