package main

import "fmt"

// Basic first append on []int (8-byte elements, buffer K=4).
func main() {
	var a []int
	fmt.Println("var nil:", len(a), cap(a), a == nil)
	a = append(a, 1)
	fmt.Println("a after 1:", len(a), cap(a), a[0])
	a = append(a, 2, 3, 4)
	fmt.Println("a after 4:", len(a), cap(a), a[3])
	a = append(a, 5)
	fmt.Println("a after 5:", len(a), cap(a), a[4])

	b := []int{}
	b = append(b, 10)
	fmt.Println("b lit{}:", len(b), cap(b), b[0])

	c := []int{1, 2}
	fmt.Println("c lit2:", len(c), cap(c))
	c = append(c, 3)
	fmt.Println("c after 3:", len(c), cap(c), c[2])

	d := []int{1, 2, 3, 4, 5}
	d = append(d, 6)
	fmt.Println("d lit5+1:", len(d), cap(d), d[5])

	var e []int
	e = append(e, 7, 8)
	fmt.Println("e two at once:", len(e), cap(e), e[0]+e[1])
	e[1]++
	e[0] += 3
	fmt.Println("e mod:", e[0], e[1])
}
