package main

import "fmt"

func ints(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func words(n int) []string {
	var s []string
	for i := 0; i < n; i++ {
		s = append(s, "w")
	}
	return s
}

func bytesOf(n int) []byte {
	var s []byte
	for i := 0; i < n; i++ {
		s = append(s, byte('a'+i))
	}
	return s
}

func small(n int) []int32 {
	var s []int32
	for i := 0; i < n; i++ {
		s = append(s, int32(i))
	}
	return s
}

func main() {
	for k := 0; k < 3; k++ {
		a := ints(3)
		b := words(1)
		c := bytesOf(5)
		d := small(3)
		fmt.Println(cap(a), cap(b), cap(c), cap(d))
	}
}
