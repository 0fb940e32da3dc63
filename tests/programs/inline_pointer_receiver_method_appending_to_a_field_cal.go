// probes: pointer-receiver method appending to a field, called in a loop (inlined)
package main

import "fmt"

type Bag struct{ items []string }

func (b *Bag) add(s string) int {
	b.items = append(b.items, s)
	return len(b.items)
}

func main() {
	var b Bag
	n := 0
	for _, s := range []string{"x", "y", "z"} {
		n += b.add(s)
	}
	fmt.Println(b.items, n)
}
