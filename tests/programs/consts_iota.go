package main

import "fmt"

const (
	A = iota
	B
	_
	D
	E = iota * 10
	F
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	x, y = iota, iota + 100
	z, w
)

func main() {
	fmt.Println(A, B, D, E, F)
	fmt.Println(KB, MB, GB)
	fmt.Println(x, y, z, w)
	const local = iota
	fmt.Println(local)
}
