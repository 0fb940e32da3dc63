package main

import "fmt"

func main() {
	buf := []int{1, 2, 3, 4}
	fmt.Println(buf[1:3:2])
	var arr [5]int
	fmt.Println(arr[4:2])
	name := "gopher"
	fmt.Println(name[0:2:3])
}
