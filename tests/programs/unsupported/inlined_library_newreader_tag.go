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
	_ = bytes.NewReader(s) // gc inlines NewReader; &Reader{} does not escape, so neither does s
	fmt.Println(len(s), cap(s), string(s))
}
