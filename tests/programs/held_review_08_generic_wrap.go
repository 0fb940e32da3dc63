package main

import "fmt"

func Wrap[T any](v T) []T { return []T{v} }

func main() {
	var a []int
	a = append(a, 1)
	d := Wrap(a)
	fmt.Println(cap(d[0]))
	r := d[0]
	r = append(r, 2)
	r[0] = 42
	fmt.Println(d[0][0], a[0])
}
