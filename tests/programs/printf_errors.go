package main

import "fmt"

func main() {
	fmt.Printf("%d %s\n", "x", 3)
	fmt.Printf("%z\n", 4)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "three")
	fmt.Printf("%t\n", 5)
	fmt.Printf("%c\n", "str")
	fmt.Printf("end%")
	fmt.Println()
	fmt.Printf("%!\n")
}
