package main

import "fmt"

type P struct{ a, b int }       // 16
type Q struct{ a, b, c int }    // 24
type R struct{ a, b, c, d int } // 32

// Checks len and cap of nil slices of 16-, 24- and 32-byte structs appended to together in one loop.
func main() {
	var p []P
	var q []Q
	var r []R
	for i := 0; i < 5; i++ {
		p = append(p, P{i, i})
		q = append(q, Q{i, i, i})
		r = append(r, R{i, i, i, i})
		fmt.Println(len(p), cap(p), len(q), cap(q), len(r), cap(r))
	}
}
