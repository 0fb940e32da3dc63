package main

import (
	"fmt"
	"strings"
)

// Checks cap of mutated []byte conversions in a range loop when one result is kept outside the loop and when none is.
func main() {
	words := strings.Fields("alpha beta gamma delta epsilon")
	var keep []byte
	for i, w := range words {
		b := []byte(w)
		b[0] = 'X'
		if i == 1 {
			keep = b
		}
		fmt.Println(len(b), cap(b), string(b))
	}
	fmt.Println(string(keep), len(keep), cap(keep))
	for _, w := range words {
		c := []byte(w)
		c[0] = 'Y'
		fmt.Println(len(c), cap(c))
	}
}
