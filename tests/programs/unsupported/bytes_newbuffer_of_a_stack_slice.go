// bytes.NewBuffer(b) writes into b's spare capacity: two buffers of one b built by appends
// share it in gc's 32-byte stack store, not in a heap slice; memrun refuses.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var b []byte
	for i := 0; i < 8; i++ {
		b = append(b, 'a'+byte(i))
	}
	w1 := bytes.NewBuffer(b)
	w1.WriteString("XY")
	w2 := bytes.NewBuffer(b)
	w2.WriteString("ZW")
	fmt.Println(w1.String(), w2.String())
}
