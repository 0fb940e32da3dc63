package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	inputs := []string{
		"", "a", "\x00", "\x7f", "\x80", "\xbf", "\xc0", "\xc0\x80", "\xc1\xbf", "\xc2\x80", "\xdf\xbf",
		"\xe0\x80\x80", "\xe0\x9f\xbf", "\xe0\xa0\x80", "\xed\x9f\xbf", "\xed\xa0\x80", "\xed\xbf\xbf",
		"\xee\x80\x80", "\xef\xbf\xbd", "\xef\xbf\xbf", "\xf0\x80\x80\x80", "\xf0\x8f\xbf\xbf",
		"\xf0\x90\x80\x80", "\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xf8\x88\x80\x80\x80",
		"\xff", "\xfe", "\xe6\x97", "\xe6", "\xf0\x9f\x98", "\xf0\x9f", "\xe6\x97\xa5x", "x\xe6\x97\xa5",
		"\xc3\xa9\xc3", "a\x80", "\x80a", "\xe6\x97\xa5\x80", "\xf0\x9f\x98\x80\x80",
	}
	for _, s := range inputs {
		r1, n1 := utf8.DecodeRuneInString(s)
		r2, n2 := utf8.DecodeRune([]byte(s))
		l1, m1 := utf8.DecodeLastRuneInString(s)
		l2, m2 := utf8.DecodeLastRune([]byte(s))
		same := r1 == r2 && n1 == n2 && l1 == l2 && m1 == m2
		fmt.Printf("%-28q first=%U/%d last=%U/%d same=%v\n", s, r1, n1, l1, m1, same)
	}
	fmt.Println(utf8.DecodeRune(nil))
	fmt.Println(utf8.DecodeLastRune(nil))
	fmt.Println(utf8.DecodeRune([]byte{}))
	// Forward and backward full walks
	walk := "a\xffé\xe6\x97世\xed\xa0\x80😀\xf0\x9f\x98z"
	fmt.Print("fwd:")
	for i := 0; i < len(walk); {
		r, n := utf8.DecodeRuneInString(walk[i:])
		fmt.Printf(" %d:%U/%d", i, r, n)
		i += n
	}
	fmt.Print("\nbwd:")
	for j := len(walk); j > 0; {
		r, n := utf8.DecodeLastRuneInString(walk[:j])
		j -= n
		fmt.Printf(" %d:%U/%d", j, r, n)
	}
	fmt.Print("\nrange:")
	for i, r := range walk {
		fmt.Printf(" %d:%U", i, r)
	}
	fmt.Println()
	// conversion []rune(string) with invalid input
	rs := []rune(walk)
	fmt.Printf("%d %U\n", len(rs), rs)
	fmt.Printf("%q\n", string(rs))
}
