package main

import "fmt"

// Checks cap growth when appending six bytes or three int32 values per loop iteration to nil slices.
func main() {
	var s []byte
	for i := 0; i < 6; i++ {
		s = append(s, 'a', 'b', 'c', 'd', 'e', 'f')
		fmt.Println(len(s), cap(s))
	}
	var t []int32
	for i := 0; i < 6; i++ {
		t = append(t, 1, 2, 3)
		fmt.Println(len(t), cap(t))
	}
}
