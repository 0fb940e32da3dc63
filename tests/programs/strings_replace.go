package main

import (
	"fmt"
	"strings"
)

func main() {
	type tc struct {
		s, old, new string
		n           int
	}
	cases := []tc{
		{"hello", "l", "L", 0}, {"hello", "l", "L", 1}, {"hello", "l", "L", -1}, {"hello", "l", "L", 5},
		{"hello", "x", "X", -1}, {"hello", "", "-", -1}, {"hello", "", "-", 2}, {"", "", "-", -1},
		{"", "a", "b", -1}, {"日本", "", "|", -1}, {"\xff\xfe", "", "|", -1}, {"a\xffb", "", ".", 2},
		{"aaaa", "aa", "b", -1}, {"aaaaa", "aa", "b", -1}, {"aaa", "a", "aa", -1}, {"abababab", "aba", "X", -1},
		{"banana", "ana", "ANA", -1}, {"banana", "a", "", -1}, {"banana", "banana", "", -1},
		{"banana", "a", "", 2}, {"a.b.c.d", ".", "::", 2}, {"世界世界", "界", "X", 1}, {"\xff\xff", "\xff", "?", -1},
		{"abc", "abc", "abcabc", -1}, {"xyz", "", "", -1}, {"aaa", "a", "a", -1}, {"aaa", "aaaa", "b", -1},
		{"hello", "l", "L", -5}, {"hello", "", "-", 0}, {"é", "\xc3", "X", -1},
	}
	for _, c := range cases {
		r := strings.Replace(c.s, c.old, c.new, c.n)
		fmt.Printf("Replace(%q,%q,%q,%d)=%q\n", c.s, c.old, c.new, c.n, r)
		if c.n < 0 {
			ra := strings.ReplaceAll(c.s, c.old, c.new)
			if ra != r {
				fmt.Println("  MISMATCH ReplaceAll", ra)
			}
		}
	}
	s := "one two three two one"
	for n := -1; n <= 4; n++ {
		fmt.Printf("n=%d %q\n", n, strings.Replace(s, "two", "2", n))
	}
	// chained replacements
	t := "<a href=\"x\">&</a>"
	t = strings.ReplaceAll(t, "&", "&amp;")
	t = strings.ReplaceAll(t, "<", "&lt;")
	t = strings.ReplaceAll(t, ">", "&gt;")
	fmt.Println(t)
	// check same string returned when nothing replaced
	orig := "unchanged"
	fmt.Println(strings.Replace(orig, "zz", "y", -1) == orig, strings.ReplaceAll(orig, "", "") == orig)
	long := strings.Repeat("ab", 1000)
	r := strings.ReplaceAll(long, "ba", "")
	fmt.Println(len(r), r, strings.Count(strings.ReplaceAll(long, "a", "aa"), "a"))
}
