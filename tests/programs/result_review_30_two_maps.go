package main

import "fmt"

func main() {
	a := map[int][]int{}
	b := map[int][]int{}
	for n := 0; n < 8; n++ {
		lines := a[n%2]
		a[n%2] = append(lines, n)
		other := b[n%3]
		b[n%3] = append(other, n*10)
	}
	// move a value across maps of the same type
	b[7] = a[0]
	moved := b[7]
	b[7] = append(moved, 99)
	fmt.Println(a[0], cap(a[0]), a[1], cap(a[1]))
	fmt.Println(b[0], cap(b[0]), b[7], cap(b[7]))
	fmt.Println(a[0][:cap(a[0])])
}
