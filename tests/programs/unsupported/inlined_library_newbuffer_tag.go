package main

import (
	"bytes"
	"fmt"
)

func main() {
	var s []byte
	for i := 0; i < 5; i++ {
		s = append(s, 'a'+byte(i))
	}
	b := bytes.NewBuffer(s) // inlined by gc: &Buffer{buf: s} does not escape
	b.WriteString("x")
	fmt.Println(len(s), cap(s), string(s), b.Len())
}
