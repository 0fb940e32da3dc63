package main

import "fmt"

func main() {
	switch 1 {
	case 1:
		fallthrough
	}
	fmt.Println()
}
