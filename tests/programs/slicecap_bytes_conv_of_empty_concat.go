package main

import (
	"fmt"
	"os"
)

// Checks len and cap of []byte conversions of runtime string concatenations that are empty, written by copy or appended to.
func main() {
	x := ""
	if len(os.Args) > 100 {
		x = "zz"
	}
	y := x
	a := []byte(x + y)
	n := copy(a, "q")
	fmt.Println(n, len(a), cap(a))
	b := []byte(x)
	n = copy(b, "q")
	fmt.Println(n, len(b), cap(b))
	c := []byte(x + y + x + y + x + y)
	n = copy(c, "q")
	fmt.Println(n, len(c), cap(c))
	d := []byte(x + "abc")
	d[0] = 'A'
	fmt.Println(len(d), cap(d), string(d))
	e := []byte(x + y)
	e = append(e, 'k')
	fmt.Println(len(e), cap(e))
}
