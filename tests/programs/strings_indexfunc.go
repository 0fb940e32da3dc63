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
		{"upper", unicode.IsUpper},
		{"digit", unicode.IsDigit},
		{"space", unicode.IsSpace},
		{"bad", func(r rune) bool { return r == utf8.RuneError }},
		{"nonASCII", func(r rune) bool { return r >= utf8.RuneSelf }},
		{"true", func(r rune) bool { return true }},
		{"false", func(r rune) bool { return false }},
		{"greek", func(r rune) bool { return unicode.Is(unicode.Greek, r) }},
	}
	inputs := []string{"", "hello World 42", "\xffabc\xfe", "αβγ ABC ١٢٣", "x\uFFFDy", "\xe6\x97", "ÀÉÎ", "   "}
	for _, s := range inputs {
		fmt.Printf("%+q:", s)
		for _, p := range preds {
			fmt.Printf(" %s=%d/%d", p.name, strings.IndexFunc(s, p.f), strings.LastIndexFunc(s, p.f))
		}
		fmt.Println()
	}
	// record runes visited by IndexFunc on invalid input
	var seen []rune
	strings.IndexFunc("a\xffé\xe6\x97z", func(r rune) bool { seen = append(seen, r); return false })
	fmt.Printf("visited forward: %U\n", seen)
	seen = nil
	strings.LastIndexFunc("a\xffé\xe6\x97z", func(r rune) bool { seen = append(seen, r); return false })
	fmt.Printf("visited backward: %U\n", seen)
	for _, s := range []string{"aXbXc", "XXX", "", "日X本X"} {
		fmt.Println(strings.LastIndex(s, "X"), strings.LastIndexByte(s, 'X'), strings.LastIndexAny(s, "X日"), strings.LastIndex(s, ""), strings.LastIndexAny(s, ""))
	}
}
