package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	inputs := []string{
		"", " ", "a", "  a  b  ", "a\tb\nc\vd\fe\rf", "x\u0085y", "x\u00A0y",
		"x\u3000y\u2028z\u2029w", "x\u1680y\u2000z\u200Aw", "x\u200By", "x\u202Fy\u205Fz",
		"x\uFEFFy", "\xff \xfe", "日本 語\u3000テスト", "\u00A0\u00A0", "a\x00b",
		"  leading", "trailing  ", "\t\n\v\f\r ", "x\u180Ey", "one",
	}
	for _, s := range inputs {
		f := strings.Fields(s)
		fmt.Printf("Fields(%+q) n=%d %+q\n", s, len(f), f)
	}
	notLetter := func(r rune) bool { return !unicode.IsLetter(r) }
	comma := func(r rune) bool { return r == ',' || r == ';' }
	bad := func(r rune) bool { return r == unicode.ReplacementChar }
	always := func(r rune) bool { return true }
	never := func(r rune) bool { return false }
	fin := []string{"", "a,b;;c,", ",,,", "hello, world! 123 ünïcödé", "a\xffb\xfe\xfdc",
		"x\uFFFDy", "日本,語;;", "abc"}
	for _, s := range fin {
		fmt.Printf("FieldsFunc(%+q): notLetter=%q comma=%q bad=%q always=%q never=%q\n", s,
			strings.FieldsFunc(s, notLetter), strings.FieldsFunc(s, comma),
			strings.FieldsFunc(s, bad), strings.FieldsFunc(s, always), strings.FieldsFunc(s, never))
	}
	// Fields vs FieldsFunc(unicode.IsSpace)
	for _, s := range inputs {
		a := strings.Fields(s)
		b := strings.FieldsFunc(s, unicode.IsSpace)
		same := len(a) == len(b)
		for i := 0; same && i < len(a); i++ {
			same = a[i] == b[i]
		}
		fmt.Print(same, " ")
	}
	fmt.Println()
	// Join back
	fmt.Printf("%q\n", strings.Join(strings.Fields(" the  quick\tbrown\n\nfox "), "_"))
	count := 0
	strings.FieldsFunc("a1b22c333", func(r rune) bool { count++; return unicode.IsDigit(r) })
	fmt.Println("calls >= runes:", count >= 9)
}
