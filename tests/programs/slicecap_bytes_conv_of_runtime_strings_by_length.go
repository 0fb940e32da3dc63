package main

import (
	"fmt"
	"os"
)

// Checks len and cap of read-only, mutated and appended []byte conversions of runtime strings of 0 to 100 bytes.
func main() {
	strs := []string{"", "a", "0123456789012345678901234567890", "01234567890123456789012345678901", "012345678901234567890123456789012",
		"0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789"}
	if len(os.Args) > 10 {
		strs = nil
	}
	for _, str := range strs {
		b := []byte(str)
		fmt.Print(len(b), cap(b), " ")
		w := []byte(str)
		if len(w) > 0 {
			w[0] = 'Z'
		}
		fmt.Print(len(w), cap(w), " ")
		a := []byte(str)
		a = append(a, '!')
		fmt.Println(len(a), cap(a))
	}
}
