package main

import "fmt"

const c = 1 << 70

func main() {
	var w int = c
	fmt.Println(w)
}
