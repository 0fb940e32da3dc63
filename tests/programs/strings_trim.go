package main

import (
	"fmt"
	"strings"
)

func main() {
	inputs := []string{"", "  hello  ", "xxhelloxx", "abcHELLOcba", "¡¡¡Hola!!!", "日本語日本",
		"\xff\xffabc\xff", "\uFFFDx\uFFFD", "aaaa", "ΣσςΣ", "  \t\n", "éeée", "e\u0301x\u0301e"}
	cutsets := []string{"", " ", "x", "abc", "¡!", "日本", "\xff", "\uFFFD", "a", "Σς", " \t\n", "é", "\u0301e"}
	for _, s := range inputs {
		fmt.Printf("%+q:\n", s)
		for _, c := range cutsets {
			t, l, r := strings.Trim(s, c), strings.TrimLeft(s, c), strings.TrimRight(s, c)
			if t == s && l == s && r == s {
				continue
			}
			fmt.Printf("  cut %+q -> %+q %+q %+q\n", c, t, l, r)
		}
	}
	// multi-rune cutsets containing ASCII + non-ASCII
	s := "★☆abc★x☆★"
	fmt.Printf("%q %q %q\n", strings.Trim(s, "★☆"), strings.TrimLeft(s, "☆★a"), strings.TrimRight(s, "★☆x"))
	// cutset is a set, not a prefix
	fmt.Printf("%q %q\n", strings.TrimLeft("abababc", "ba"), strings.TrimPrefix("abababc", "ba"))
	fmt.Printf("%q %q\n", strings.TrimRight("cbababa", "ab"), strings.TrimSuffix("cbababa", "ab"))
	// Trim with long cutset (> 1 byte ASCII set)
	long := "0123456789abcdef"
	fmt.Printf("%q\n", strings.Trim("deadbeefHEXcafe0042", long))
	// cutset with invalid utf8 bytes trimming valid multi-byte runes
	fmt.Printf("%q %q\n", strings.Trim("\xe6\x97\xa5", "\xe6"), strings.Trim("\xe6\x97\xa5\xe6", "\xe6"))
}
