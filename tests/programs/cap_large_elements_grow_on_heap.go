// Slices of elements over 32 bytes: gc never gives their appends a stack store (nor does its
// slice pass move them), so they grow on the heap wherever their storage goes.
package main

import (
	"fmt"
	"strings"
)

type Rec struct {
	Key   string
	Count int
	Tags  []string
}

func parse(lines []string) []Rec {
	var out []Rec
	for _, l := range lines {
		f := strings.Fields(l)
		out = append(out, Rec{Key: f[0], Count: len(f), Tags: f[1:]})
	}
	return out
}

func main() {
	rs := parse([]string{"a b c", "d e", "f"})
	fmt.Println(len(rs), cap(rs))
	rs = append(rs, Rec{Key: "z"})
	fmt.Println(len(rs), cap(rs), rs[3].Key)
}
