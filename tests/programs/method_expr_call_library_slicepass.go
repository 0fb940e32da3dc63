package main

import (
	"bytes"
	"fmt"
)

func main() {
	var bb bytes.Buffer
	var s []byte
	for i := 0; i < 5; i++ {
		s = append(s, 'a'+byte(i))
	}
	(*bytes.Buffer).Write(&bb, s) // same as bb.Write(s), where memrun agrees (cap 8): gc reads Write's tag for p (no leak)
	t := s                        // transition: gc inserts move2heap, appends use the size-class ladder
	fmt.Println(len(t), cap(t), bb.Len())
}
