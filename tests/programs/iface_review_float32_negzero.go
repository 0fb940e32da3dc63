package main

import "fmt"

func main() {
	var z float32
	nz := -z
	fmt.Println(any(z) == any(nz))
	m := map[float32]int{z: 1}
	m[nz] = 2
	fmt.Println(len(m))
}
