package main

import (
	"fmt"
	"os"
)

// Checks cap of []byte conversions mutated only in statically dead if, for, switch and break paths.
func main() {
	str := "hello" + os.Args[0][:0]
	x := len(os.Args) > 100
	a := []byte(str)
	if false {
		a[0] = 'x'
	}
	fmt.Println(len(a), cap(a))
	b := []byte(str)
	for x && false {
		b[0] = 'x'
	}
	fmt.Println(len(b), cap(b))
	c := []byte(str)
	switch {
	case false:
		c[0] = 'x'
	case true:
	case x:
	}
	fmt.Println(len(c), cap(c))
	d := []byte(str)
	for i := 0; i < 1; i++ {
		if x || true {
			break
		}
		d[0] = 'x'
	}
	fmt.Println(len(d), cap(d))
	e := []byte(str)
	f := e
	if x && false {
		f[0] = 'x'
	}
	fmt.Println(len(e), cap(e))
}
