package main

import "fmt"

// Checks cap of appended byte slices stored into slices and arrays of slices.
func main() {
	var s []byte
	s = append(s, 'a')
	var ss [][]byte
	ss = append(ss, s)
	fmt.Println(cap(s), cap(ss), len(ss))
	var t []byte
	t = append(t, 'b')
	var arr [2][]byte
	arr[0] = t
	fmt.Println(cap(t), len(arr[0]))
	var v []byte
	v = append(v, 'd')
	w := [][]byte{v, v}
	w = append(w, v)
	fmt.Println(cap(v), len(w))
}
