package main

import "fmt"

func main() {
	var arr [3]int
	arr = append(arr, 1)
	dst := make([]int, 2)
	src := []string{"a"}
	n := copy(dst, src)
	fmt.Println(arr, dst, n)
}
