package main

import (
	"bytes"
	"fmt"
)

// The rows of a [][]byte: bytes.Split makes some of them in the library, whose stores memrun
// does not follow, so no row's capacity is known.
func main() {
	var rows [][]byte
	for _, s := range []string{"alpha", "be"} {
		rows = append(rows, []byte(s))
	}
	rows = append(rows, bytes.Split([]byte("x,y"), []byte(","))...)
	for _, r := range rows {
		fmt.Println(string(r), len(r), cap(r))
	}
}
