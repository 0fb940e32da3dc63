package main

import "fmt"

const always = true

func main() {
	var s []int
	n := 0
	for i := 0; i < 2; i++ {
	again:
		if always {
			n++
			if n < 2 {
				goto again
			}
			continue
		}
		s = append(s, 1)
	}
	s = append(s, 2)
	fmt.Println(len(s), cap(s), n)
}
