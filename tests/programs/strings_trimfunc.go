package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	type pred struct {
		name string
		f    func(rune) bool
	}
	preds := []pred{
		{"space", unicode.IsSpace},
		{"digit", unicode.IsDigit},
		{"letter", unicode.IsLetter},
		{"bad", func(r rune) bool { return r == utf8.RuneError }},
		{"punct", unicode.IsPunct},
		{"all", func(r rune) bool { return true }},
		{"none", func(r rune) bool { return false }},
	}
	inputs := []string{"", "  abc  ", "123abc456", "\xff\xfeabc\xff", "¿¡Qué!?", "٣٤abc٥", "\u3000全角\u3000",
		"\uFFFDxy\uFFFD", "\xe6\x97abc\xe6\x97", "abc"}
	for _, s := range inputs {
		fmt.Printf("%+q\n", s)
		for _, p := range preds {
			fmt.Printf("  %-6s %+q %+q %+q\n", p.name, strings.TrimFunc(s, p.f), strings.TrimLeftFunc(s, p.f), strings.TrimRightFunc(s, p.f))
		}
	}
	spaces := []string{"", " ", " \t\n\v\f\r x \r\n", "\u00A0x\u00A0", "\u0085x\u0085", "\u2028\u2029x\u3000",
		"\u200Bx\u200B", "\uFEFFx", "x", "\x00 x \x00", " \xff ", "\u1680x\u205F", "a b"}
	for _, s := range spaces {
		fmt.Printf("TrimSpace(%+q)=%+q eq=%v\n", s, strings.TrimSpace(s), strings.TrimSpace(s) == strings.TrimFunc(s, unicode.IsSpace))
	}
}
