package main

import (
	"bytes"
	"fmt"
)

func main() {
	var bb bytes.Buffer
	bb.WriteString("abc")
	bb.Next(3)       // empty, off 3 (Next does not reset)
	bb.WriteByte('x') // gc: tryGrowByReslice succeeds first, no Reset: len(buf) 4
	fmt.Println(bb.Len(), bb.Cap(), bb.Available())
	bb.WriteString("yz")
	fmt.Println(bb.Len(), bb.Cap(), bb.Available())
}
