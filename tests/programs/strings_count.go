package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	cases := [][2]string{
		{"", ""}, {"abc", ""}, {"日本語", ""}, {"\xff\xfe", ""}, {"a\xffb", ""},
		{"aaaa", "a"}, {"aaaa", "aa"}, {"aaaaa", "aa"}, {"aaaa", "aaa"},
		{"abababa", "aba"}, {"banana", "ana"}, {"banana", "nan"},
		{"five", "five"}, {"five", "fivee"}, {"", "x"}, {"xxx", "x"},
		{"\xff\xff\xff", "\xff"}, {"\uFFFD\xff", "\uFFFD"}, {"世界世界世", "世"},
		{"世界世界世", "界世"}, {"\x00\x00\x00", "\x00"}, {"ababab", "abab"},
		{strings.Repeat("ab", 50), "ba"}, {strings.Repeat("x", 100), "xxxxxxx"},
	}
	for _, c := range cases {
		n := strings.Count(c[0], c[1])
		fmt.Printf("Count(%q,%q)=%d", c[0], c[1], n)
		if c[1] == "" {
			fmt.Printf(" runes+1=%d", utf8.RuneCountInString(c[0])+1)
		}
		fmt.Println()
	}
	// Count matches Index loop for non-empty
	s := "the cat sat on the mat with the hat"
	for _, sub := range []string{"the", "at", "t", " ", "e h", "hat", "cat sat"} {
		n, i := 0, 0
		for {
			j := strings.Index(s[i:], sub)
			if j < 0 {
				break
			}
			n++
			i += j + len(sub)
		}
		fmt.Printf("sub %q count=%d manual=%d\n", sub, strings.Count(s, sub), n)
	}
	long := strings.Repeat("a\u00e9", 300) + "z"
	fmt.Println("long counts:", strings.Count(long, "a"), strings.Count(long, "é"), strings.Count(long, ""), strings.Count(long, "z"), strings.Count(long, "\xa9a"))
}
