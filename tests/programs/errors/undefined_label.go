package main

import "fmt"

func main() {
	for {
		break L
	}
	fmt.Println()
}
