// probes: helper modifies a global read later in the same statement, x := inl() + G and inl()*G
package main

import "fmt"

var G = 1

func up() int {
	s := append([]int(nil), G)
	G *= 3
	return s[0]
}

func main() {
	x := up() + G
	y := up() * G
	z := G - up()
	fmt.Println(x, y, z, G)
}
