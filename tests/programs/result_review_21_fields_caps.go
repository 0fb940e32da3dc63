package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	lines := []string{"", "   ", "one", " two words ", "tab\tsep\nnl", "nbsp\u00a0here", "\u2003em\u2003space\u2003"}
	for _, l := range lines {
		f := strings.Fields(l)
		g := strings.FieldsFunc(l, unicode.IsSpace)
		fmt.Printf("%q %d %d %d %d\n", l, len(f), cap(f), len(g), cap(g))
	}
}
