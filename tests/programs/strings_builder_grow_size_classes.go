package main

import (
	"bytes"
	"fmt"
	"strings"
)

// Builder.Grow takes all of the allocator's size class; bytes.Buffer's first growth is 64.
func main() {
	var sb strings.Builder
	for _, n := range []int{1, 10, 17, 33, 100, 1000, 5000} {
		sb.Reset()
		sb.Grow(n)
		fmt.Print(sb.Cap(), " ")
	}
	fmt.Println()
	sb.Reset()
	sb.WriteString("hello")
	fmt.Println(sb.Len(), sb.Cap())
	sb.Grow(100)
	fmt.Println(sb.Len(), sb.Cap())
	sb.WriteString(strings.Repeat("x", 200))
	fmt.Println(sb.Len(), sb.Cap())
	var bb bytes.Buffer
	bb.WriteString("x")
	fmt.Println(bb.Cap(), bb.Available())
	bb.Grow(100)
	fmt.Println(bb.Cap(), bb.Available())
}
