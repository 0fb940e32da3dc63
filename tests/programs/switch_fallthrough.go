package main

import "fmt"

func main() {
	for i := 0; i < 4; i++ {
		switch i {
		case 0:
			fmt.Print("zero ")
			fallthrough
		case 1:
			fmt.Print("one ")
			fallthrough
		default:
			fmt.Print("default ")
		case 3:
			fmt.Print("three ")
		}
		fmt.Println()
	}
}
