package main

import "fmt"

func main() {
	x := 1
	if x == 0 {
		fmt.Println("zero")
	} else if x == 1 {
		x++
		j := 0
	L:
		j++
		if j < 3 {
			goto L
		}
		fmt.Println(j, x)
	}
}
