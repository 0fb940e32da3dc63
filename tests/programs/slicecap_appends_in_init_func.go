package main

import "fmt"

var initCap int

func init() {
	var s []int16
	for i := 0; i < 20; i++ {
		s = append(s, int16(i))
	}
	initCap = cap(s)
	var t []int
	t = append(t, 1, 2, 3)
	fmt.Println("init", len(t), cap(t))
}

// Checks cap of slices appended to in an init function, with one result reported from main.
func main() {
	fmt.Println(initCap)
}
