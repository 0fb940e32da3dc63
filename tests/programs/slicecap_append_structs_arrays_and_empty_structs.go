package main

import "fmt"

type Pt struct{ X, Y int }

// Checks cap after appending 16-byte structs, empty structs and 24- to 40-byte arrays to nil slices.
func main() {
	var ps []Pt
	for i := 0; i < 5; i++ {
		ps = append(ps, Pt{i, i})
		fmt.Print(cap(ps), " ")
	}
	fmt.Println()
	var qs []struct{}
	qs = append(qs, struct{}{}, struct{}{})
	fmt.Println(len(qs), cap(qs))
	qs = qs[:0]
	qs = append(qs, struct{}{})
	fmt.Println(len(qs), cap(qs))
	var big []([33]byte)
	big = append(big, [33]byte{})
	fmt.Println(len(big), cap(big))
	var b40 []([5]int)
	b40 = append(b40, [5]int{}, [5]int{})
	fmt.Println(len(b40), cap(b40))
	var b32 []([4]int)
	b32 = append(b32, [4]int{}, [4]int{})
	fmt.Println(len(b32), cap(b32))
	var b24 []([3]int)
	b24 = append(b24, [3]int{})
	fmt.Println(len(b24), cap(b24))
}
