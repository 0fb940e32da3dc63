package main

import (
	"fmt"
	"os"
)

const debug = false

func main() {
	var s []int
	n := len(os.Args)
	for i := 0; i < 3; i++ {
		if n > 100 || true {
			switch i {
			case 0:
				continue
			case 1:
				s = append(s, 1)
			default:
				break
			}
		} else {
			fmt.Println(s)
		}
	}
	fmt.Println(len(s), cap(s))
}
