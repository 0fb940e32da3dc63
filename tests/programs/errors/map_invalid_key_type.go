package main

import "fmt"

func main() {
	var m map[[]int]string
	n := map[func()]int{}
	fmt.Println(m, n)
}
