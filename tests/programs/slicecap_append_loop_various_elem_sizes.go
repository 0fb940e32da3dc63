package main

import "fmt"

type T12 [3]int32
type T33 [33]byte
type T40 [5]int

// Checks cap growth when appending one element at a time to nil slices of 1-, 2-, 4-, 12-, 33-, 40- and 0-byte element types.
func main() {
	var a []byte
	for i := 0; i < 40; i++ {
		a = append(a, byte(i))
		fmt.Print(cap(a), " ")
	}
	fmt.Println()
	var b []int16
	for i := 0; i < 20; i++ {
		b = append(b, int16(i))
		fmt.Print(cap(b), " ")
	}
	fmt.Println()
	var c []int32
	for i := 0; i < 12; i++ {
		c = append(c, int32(i))
		fmt.Print(cap(c), " ")
	}
	fmt.Println()
	var d []T12
	for i := 0; i < 6; i++ {
		d = append(d, T12{int32(i)})
		fmt.Print(cap(d), " ")
	}
	fmt.Println()
	var e []T33
	for i := 0; i < 4; i++ {
		e = append(e, T33{byte(i)})
		fmt.Print(cap(e), " ")
	}
	fmt.Println()
	var f []T40
	for i := 0; i < 4; i++ {
		f = append(f, T40{i})
		fmt.Print(cap(f), " ")
	}
	fmt.Println()
	var g []struct{}
	for i := 0; i < 4; i++ {
		g = append(g, struct{}{})
		fmt.Print(len(g), cap(g), " ")
	}
	fmt.Println()
}
