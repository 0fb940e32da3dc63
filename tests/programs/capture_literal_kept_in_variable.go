// A literal held in a variable that is only deferred, passed to a function gc never
// inlines, or stored: gc never inlines it, so it captures its variables.
package main

import (
	"fmt"
	"sort"
)

var sink func() int

//go:noinline
func call(f func() int) int { return f() }

func show(f func() int) { fmt.Println("deferred:", f()) }

func main() {
	var s []int
	for i := 0; i < 3; i++ {
		s = append(s, i)
	}
	size := func() int { return len(s) }
	fmt.Println(call(size), len(s), cap(s))

	var b []byte
	for i := 0; i < 6; i++ {
		b = append(b, byte(i))
	}
	last := func() int { return int(b[len(b)-1]) }
	sink = last
	fmt.Println(sink(), len(b), cap(b))

	keys := []string{"pear", "fig", "apple"}
	var lens []int
	for _, k := range keys {
		lens = append(lens, len(k))
	}
	less := func(i, j int) bool { return keys[i] < keys[j] }
	sort.Slice(keys, less)
	fmt.Println(keys, lens, len(lens), cap(lens))

	var d []int32
	for i := 0; i < 5; i++ {
		d = append(d, int32(i))
	}
	defer show(func() int { return len(d) })
	defer call(func() int { return int(d[0]) })
	fmt.Println(len(d), cap(d))
}
