package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }
func isBad(r rune) bool { return r == utf8.RuneError }

func main() {
	pairs := [][2]string{
		{"", ""}, {"a", ""}, {"", "a"}, {"abc", "abd"}, {"abd", "abc"},
		{"abc", "abcd"}, {"ABC", "abc"}, {"\xff", "\xfe"}, {"é", "e\u0301"},
		{"日本", "日本語"}, {"\x00", ""}, {"z", "ž"}, {"\uFFFD", "\xff"},
	}
	for _, p := range pairs {
		fmt.Printf("Compare(%q,%q)=%d ==:%v <:%v\n", p[0], p[1], strings.Compare(p[0], p[1]), p[0] == p[1], p[0] < p[1])
	}
	c := strings.Clone("hello, 世界")
	e := strings.Clone("")
	fmt.Printf("Clone: %q %d %q %d\n", c, len(c), e, len(e))

	subs := []string{"", "a", "abc", "bc", "x", "\xff", "界", "\uFFFD", "aa"}
	hay := []string{"", "abc", "aaa", "世界\xff", "x\uFFFD", "\xe7\x95"}
	for _, h := range hay {
		for _, s := range subs {
			fmt.Print(b2i(strings.Contains(h, s)))
		}
		fmt.Printf(" Contains row %q\n", h)
	}
	anys := []string{"", "xyz", "cba", "\xff", "\uFFFD", "界世", "\x80", "\xe7"}
	for _, h := range hay {
		for _, a := range anys {
			fmt.Print(b2i(strings.ContainsAny(h, a)))
		}
		fmt.Printf(" ContainsAny row %q\n", h)
	}
	runes := []rune{'a', 'c', '界', 0xFFFD, -1, 0xD800, 0x110000, 0, 'x'}
	for _, h := range hay {
		for _, r := range runes {
			fmt.Print(b2i(strings.ContainsRune(h, r)))
		}
		fmt.Printf(" ContainsRune row %q\n", h)
	}
	funcs := []func(rune) bool{unicode.IsUpper, unicode.IsDigit, isHan, isBad, unicode.IsLetter}
	names := []string{"upper", "digit", "han", "bad", "letter"}
	for _, h := range append(hay, "Go1", "\u0663") {
		fmt.Printf("ContainsFunc %q:", h)
		for i, f := range funcs {
			fmt.Printf(" %s=%v", names[i], strings.ContainsFunc(h, f))
		}
		fmt.Println()
	}
}
