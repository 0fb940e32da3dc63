package main

import "fmt"

type pt struct{ X, Y int }

func main() {
	fmt.Printf("%.1T|%.0T|%5.2T|%-8.3T|\n", 1, "s", 2.0, pt{})
	fmt.Printf("%[2].[1]*T|\n", 2, 3.5)
}
