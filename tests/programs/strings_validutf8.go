package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	inputs := []string{
		"", "abc", "日本語", "\xff", "a\xffb", "\xff\xfe\xfd", "a\xffb\xffc",
		"\xed\xa0\x80", "\xed\x9f\xbf", "\xc0\x80", "\xc1\xbf", "\xe0\x80\xaf", "\xf0\x80\x80\xaf",
		"\xf4\x90\x80\x80", "\xf4\x8f\xbf\xbf", "\xe6\x97", "\xe6\x97\xa5\xe6", "\xf0\x9f\x98",
		"\x80\x80", "\uFFFD", "\uFFFD\xff", "ok\xc3", "\xc3(", "\xf8\x88\x80\x80\x80", "\xfe\xff",
		"\xe2\x82", "\xe2\x82a", "\x7f\x80",
	}
	reps := []string{"\uFFFD", "?", "", "\xff", "[bad]"}
	for _, s := range inputs {
		fmt.Printf("%+q valid=%v runes=%d:", s, utf8.ValidString(s), utf8.RuneCountInString(s))
		for _, r := range reps {
			out := strings.ToValidUTF8(s, r)
			fmt.Printf(" %+q", out)
		}
		fmt.Println()
	}
	// Check output validity (when replacement valid) and idempotence
	for _, s := range inputs {
		a := strings.ToValidUTF8(s, "?")
		b := strings.ToValidUTF8(a, "!")
		fmt.Print(utf8.ValidString(a) && a == b, " ")
	}
	fmt.Println()
	// invalid replacement is inserted verbatim
	fmt.Printf("%q\n", strings.ToValidUTF8("a\xffb", "\xfe\xfe"))
	// Compare with range-loop decoding
	for _, s := range []string{"a\xff\xfeb", "\xe6\x97x", "\xed\xa0\x80z"} {
		var sb strings.Builder
		for _, r := range s {
			sb.WriteRune(r)
		}
		fmt.Printf("%+q range=%+q tovalid=%+q\n", s, sb.String(), strings.ToValidUTF8(s, "\uFFFD"))
	}
}
