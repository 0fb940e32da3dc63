package main

import "fmt"

func main() {
	arr := [6]string{"a", "b", "c", "d", "e", "f"}
	lo, hi, mx := 1, 4, 5
	s := arr[lo:hi:mx]
	fmt.Println(s, len(s), cap(s))
	hi, mx = 5, 3
	fmt.Println("bad order next")
	s = arr[lo:hi:mx]
	fmt.Println(s)
}
