package main

import "fmt"

func main() {
	i := 0
	goto inside
	for i < 3 {
	inside:
		fmt.Println(i)
		i++
	}
	if i > 0 {
		goto missing
	}
}
