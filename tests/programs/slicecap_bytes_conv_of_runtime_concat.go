package main

import (
	"fmt"
	"strconv"
)

// Checks cap of []byte conversions of runtime string concatenations that are read, mutated or appended to.
func main() {
	x := strconv.Itoa(12345)
	y := strconv.Itoa(678)
	b := []byte(x + y)
	fmt.Println(len(b), cap(b))
	c := []byte(x + y)
	c[0] = '9'
	fmt.Println(len(c), cap(c), string(c))
	d := []byte(x + "-" + y)
	d = append(d, '.')
	fmt.Println(len(d), cap(d))
	e := []byte(x + x + x + x + x + x + x)
	e[1] = 0
	fmt.Println(len(e), cap(e))
	var z string
	f := []byte(z + z)
	f = append(f, 'q')
	fmt.Println(len(f), cap(f))
}
