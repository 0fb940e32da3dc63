package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	m := map[string]int{}
	a := []int{1}
	i := 5
	n := -1
	try(func() { m["add"] += a[i] })
	try(func() { m["shl"] <<= n })
	try(func() { m["shr"] >>= n })
	z := 0
	try(func() { m["div"] /= z })
	try(func() { m["mod"] %= z })
	fmt.Println(len(m), m)
}
