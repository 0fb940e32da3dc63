package main

import "fmt"

func fi() (int, any) { return 1, 3 }

func main() {
	fmt.Printf(fi())
	x := 3
	fmt.Println(x...)
}
