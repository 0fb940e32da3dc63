package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(dst, src[3:])
	fmt.Println(n, dst)
	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)

	// overlapping: shift right by one
	s := []int{1, 2, 3, 4, 5, 6}
	copy(s[1:], s)
	fmt.Println(s)
	// overlapping: shift left by two
	s = []int{1, 2, 3, 4, 5, 6}
	copy(s, s[2:])
	fmt.Println(s)
	// copying onto itself
	n = copy(s, s)
	fmt.Println(n, s)

	// strings into bytes
	b := make([]byte, 5)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b))
	n = copy(b[3:], "XYZ")
	fmt.Println(n, string(b))

	// empty and nil
	var nilSlice []int
	fmt.Println(copy(nilSlice, src), copy(dst, nilSlice), copy(dst[:0], src))

	// a ring buffer built on copy
	ring := make([]int, 0, 4)
	for i := 1; i <= 7; i++ {
		if len(ring) == cap(ring) {
			copy(ring, ring[1:])
			ring = ring[:len(ring)-1]
		}
		ring = append(ring, i*i)
		fmt.Println(ring)
	}

	// structs are copied by value
	type Pt struct{ X, Y int }
	pts := []Pt{{1, 2}, {3, 4}}
	dup := make([]Pt, len(pts))
	copy(dup, pts)
	dup[0].X = 100
	fmt.Println(pts, dup)

	// arrays through slices
	var a [6]string
	words := []string{"one", "two", "three"}
	copy(a[2:], words)
	copy(a[:], a[3:])
	fmt.Printf("%q\n", a)

	// cloning before mutation
	orig := []int{5, 4, 3}
	clone := append([]int(nil), orig...)
	clone[0] = 0
	fmt.Println(orig, clone)
	clone2 := append(orig[:0:0], orig...)
	clone2[2] = 9
	fmt.Println(orig, clone2)
}
