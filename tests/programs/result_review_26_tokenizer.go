package main

import (
	"fmt"
	"strings"
	"unicode"
)

func tokenize(src string) []string {
	var toks []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			toks = append(toks, string(cur))
			cur = cur[:0]
		}
	}
	for _, r := range src {
		switch {
		case unicode.IsSpace(r):
			flush()
		case strings.ContainsRune("+-*/()", r):
			flush()
			toks = append(toks, string(r))
		default:
			cur = append(cur, r)
		}
	}
	flush()
	return toks
}

func words(src string) []string {
	return strings.FieldsFunc(src, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func main() {
	t := tokenize("a + (b*12) - c3")
	fmt.Println(len(t), t)
	w := words("a + (b*12) - c3")
	fmt.Println(len(w), cap(w), w)
	w2 := words("")
	fmt.Println(len(w2), cap(w2), w2 == nil)
}
