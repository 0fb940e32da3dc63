package main

import "fmt"

func main() {
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("a", "b", 1, "c", 2, 3, "\n")
	fmt.Print(true, false, "\n")
	fmt.Print("x", 5, true, "\n")
	fmt.Print()
	fmt.Print("end\n")
}
