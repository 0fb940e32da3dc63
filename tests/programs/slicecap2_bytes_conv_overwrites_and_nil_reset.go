package main

import (
	"fmt"
	"os"
)

// Checks cap of []byte conversions that overwrite made slices, are conditionally mutated, or are reset to nil.
func main() {
	str := "hello" + os.Args[0][:0]
	c := make([]byte, 5)
	c[0] = 'x'
	c = []byte(str)
	fmt.Println(len(c), cap(c))
	d := []byte(str)
	fmt.Println(len(d), cap(d))
	if len(os.Args) > 100 {
		d[0] = 'q'
	}
	e := []byte(str)
	fmt.Println(len(e), cap(e))
	e = nil
	e = append(e, 'a')
	fmt.Println(len(e), cap(e))
	var t []byte
	t = make([]byte, 3)
	t[0] = 1
	f := []byte(str)
	t = f
	fmt.Println(len(f), cap(f), len(t))
	fmt.Println(str)
}
