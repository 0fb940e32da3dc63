// probes: struct literal with inlined calls in fields written out of declaration order
package main

import "fmt"

var seq []string

func mk(name string) string {
	r := []rune(name)
	seq = append(seq, name)
	return string(r[len(r)-1:])
}

type P struct{ A, B, C string }

func main() {
	p := P{C: mk("xc"), A: mk("ya"), B: mk("zb")}
	fmt.Println(p, seq)
	q := &P{B: mk("qq"), C: mk("rr")}
	fmt.Println(*q, seq)
}
