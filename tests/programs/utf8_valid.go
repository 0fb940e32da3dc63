package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	inputs := []string{
		"", "hello", "héllo", "日本語", "😀", "\xff", "a\xffb", "\xc0\x80", "\xc1\xbf", "\xe0\x80\x80",
		"\xe0\x9f\xbf", "\xed\xa0\x80", "\xed\x9f\xbf", "\xf0\x8f\xbf\xbf", "\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80",
		"\xf5\x80\x80\x80", "\xe6\x97", "\xe6", "\xf0\x9f\x98", "\xc3", "\x80", "\xbf\xbf", "\uFFFD",
		"\xef\xbf\xbd", "\xef\xbf\xbe", "abcdefgh\xff", "abcdefghijklmnop日", "\x00\x00",
	}
	for _, s := range inputs {
		b := []byte(s)
		fmt.Printf("%-24q valid=%v/%v count=%d/%d full=%v/%v\n", s, utf8.ValidString(s), utf8.Valid(b),
			utf8.RuneCountInString(s), utf8.RuneCount(b), utf8.FullRuneInString(s), utf8.FullRune(b))
	}
	// FullRune on prefixes of multi-byte sequences
	for _, s := range []string{"é", "世", "😀", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe0\x80\x80", "\xf0\x80\x80\x80"} {
		fmt.Printf("%q prefixes:", s)
		for i := 0; i <= len(s); i++ {
			fmt.Printf(" %d=%v", i, utf8.FullRuneInString(s[:i]))
		}
		fmt.Println()
	}
	fmt.Print("RuneStart:")
	for _, b := range []byte{0, 0x41, 0x7F, 0x80, 0x9F, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF} {
		fmt.Printf(" %02x=%v", b, utf8.RuneStart(b))
	}
	fmt.Println()
	// count of start bytes
	n := 0
	for b := 0; b < 256; b++ {
		if utf8.RuneStart(byte(b)) {
			n++
		}
	}
	fmt.Println("start bytes:", n)
	// Valid on long ASCII with trailing garbage at each position
	base := []byte("0123456789abcdefghijklmnopqrstuv")
	fmt.Print("invalid at pos:")
	for i := 0; i < len(base); i += 3 {
		c := append([]byte(nil), base...)
		c[i] = 0x80
		fmt.Printf(" %d:%v", i, utf8.Valid(c))
	}
	fmt.Println()
	fmt.Println(utf8.Valid(nil), utf8.RuneCount(nil), utf8.FullRune(nil), utf8.ValidString(string(rune(-1))))
}
