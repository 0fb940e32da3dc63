package main

import (
	"fmt"
	"strings"
)

// Checks strings.Builder capacity against the capacity of an appended []byte.
func main() {
	var sb strings.Builder
	sb.WriteString("hi")
	fmt.Println(sb.Len(), sb.Cap())
	var s []byte
	s = append(s, "hi"...)
	fmt.Println(len(s), cap(s))
}
