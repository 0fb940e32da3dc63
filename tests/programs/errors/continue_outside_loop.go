package main

import "fmt"

func main() {
	switch {
	default:
		continue
	}
	fmt.Println()
}
