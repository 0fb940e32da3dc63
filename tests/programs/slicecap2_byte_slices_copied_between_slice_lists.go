package main

import (
	"fmt"
	"os"
)

// Checks cap of byte slices placed in slices of slices that are copied, appended or array-copied.
func main() {
	str := "hello" + os.Args[0][:0]
	b := []byte(str)
	src := [][]byte{b}
	dst := make([][]byte, 1)
	copy(dst, src)
	fmt.Println(len(b), cap(b), len(dst[0]))
	c := []byte(str)
	var ss [][]byte
	ss = append(ss, c)
	fmt.Println(len(c), cap(c), len(ss))
	d := []byte(str)
	src2 := [][]byte{d}
	var out [][]byte
	out = append(out, src2...)
	fmt.Println(len(d), cap(d), len(out))
	e := []byte(str)
	arr := [1][]byte{e}
	arr2 := arr
	fmt.Println(len(e), cap(e), len(arr2[0]))
	var s []int
	s = append(s, 1)
	sl := [][]int{s}
	dst2 := make([][]int, 1)
	copy(dst2, sl)
	fmt.Println(cap(s), len(dst2))
}
