package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	var bb bytes.Buffer
	bb.WriteString(strings.Repeat("a", 80)) // cap 80
	bb.Next(70)                             // off 70, len 10
	bb.WriteString(strings.Repeat("c", 60)) // gc: growSlice(buf[70:], 130): 2*cap(buf[off:]) = 20 < 140 -> 140 -> size class 144
	fmt.Println(bb.Cap(), bb.Len())
}
