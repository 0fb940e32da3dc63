package main

import (
	"fmt"
	"os"
)

func main() {
	var s []int
	big := len(os.Args) > 50
	for i := 0; i < 3; i++ {
		if big || true {
			if i == 0 {
				continue
			} else {
				s = append(s, i)
			}
		}
	}
	fmt.Println(len(s), cap(s))
}
