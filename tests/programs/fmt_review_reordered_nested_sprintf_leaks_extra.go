package main

import "fmt"

// gc's "reordered" flag belongs to each printer; in memrun a nested fmt call
// (from String/Error/Format) overwrites the outer call's flag.
type T struct{}

func (T) String() string { return fmt.Sprintf("T%d", 1) }

type U struct{}

func (U) String() string { return fmt.Sprintf("U%[1]d", 1) }

func main() {
	fmt.Println(fmt.Sprintf("%[1]v|", T{}, 5)) // gc: no EXTRA (reordered)
	fmt.Println(fmt.Sprintf("%v|", U{}, 5))    // gc: EXTRA (not reordered)
}
