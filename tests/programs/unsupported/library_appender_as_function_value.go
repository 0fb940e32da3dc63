// A library appender called through a variable: gc resolves the callee (escape/call.go) and
// keeps b in its 32-byte stack store, where both appends share it; memrun refuses the value.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	f := strconv.AppendInt
	var b []byte
	for i := 0; i < 8; i++ {
		b = append(b, 'a'+byte(i))
	}
	x := f(b, 1, 10)
	y := f(b, 2, 10)
	fmt.Println(string(x), string(y), len(b))
}
