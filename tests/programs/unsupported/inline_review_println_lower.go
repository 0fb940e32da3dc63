package main

import "fmt"

func c(v int) int {
	println(v)
	println(v)
	println(v)
	println(v)
	println(v)
	println(v)
	println(v)
	println(v)
	println(v)
	println(v)
	println(v)
	println(v)
	println(v)
	println(v)
	println(v)
	println(v)
	println(v)
	println(v)
	println(v)
	println(v)
	println(v)
	println(v)
	println(v)
	println(v)
	println(v)
	println(v)
	println(v)
	var s []int
	s = append(s, v)
	return cap(s)
}

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println(c(i))
	}
}
