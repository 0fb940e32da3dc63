package main

import "fmt"

func main() {
	select {
	default:
		i := 0
	L:
		if i < 3 {
			i++
			goto L
		}
		fmt.Println(i)
	}
}
