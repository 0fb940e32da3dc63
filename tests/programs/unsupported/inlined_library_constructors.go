package main

import (
	"bytes"
	"fmt"
)

// gc inlines bytes.NewBuffer and bytes.NewReader: the &Buffer{buf: s} and &Reader{s: t} they
// make do not escape, so neither does the storage they hold, though their escape tags say the
// parameter leaks (as it does where they are not inlined).
func main() {
	var s []byte
	for i := 0; i < 5; i++ {
		s = append(s, 'a'+byte(i))
	}
	b := bytes.NewBuffer(s)
	b.WriteString("x")
	fmt.Println(len(s), cap(s), string(s), b.Len())
	var t []byte
	for i := 0; i < 3; i++ {
		t = append(t, 'x'+byte(i))
	}
	_ = bytes.NewReader(t)
	fmt.Println(len(t), cap(t), string(t))
}
