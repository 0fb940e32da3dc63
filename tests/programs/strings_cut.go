package main

import (
	"fmt"
	"strings"
)

func main() {
	cases := [][2]string{
		{"key=value", "="}, {"a=b=c", "="}, {"noeq", "="}, {"", "="},
		{"abc", ""}, {"", ""}, {"=start", "="}, {"end=", "="},
		{"日本=語", "="}, {"a::b::c", "::"}, {"a:::b", "::"}, {"\xff\xfe\xff", "\xff"},
		{"x世界y世界z", "世界"}, {"aaa", "aa"}, {"abc", "abcd"}, {"abc", "abc"},
	}
	for _, c := range cases {
		b, a, f := strings.Cut(c[0], c[1])
		lb, la, lf := strings.CutLast(c[0], c[1])
		fmt.Printf("Cut(%q,%q)=(%q,%q,%v) CutLast=(%q,%q,%v)\n", c[0], c[1], b, a, f, lb, la, lf)
	}
	pres := [][2]string{
		{"prefix-body", "prefix-"}, {"prefix-body", "body"}, {"abc", ""}, {"", ""},
		{"", "a"}, {"abc", "abc"}, {"abc", "abcd"}, {"ééé", "é"}, {"\xffabc", "\xff"},
		{"Hello", "hello"}, {"aaaa", "aa"}, {"世界", "\xe4"}, {"世界", "\x8c"},
	}
	for _, p := range pres {
		af, ok := strings.CutPrefix(p[0], p[1])
		be, ok2 := strings.CutSuffix(p[0], p[1])
		fmt.Printf("CutPrefix(%q,%q)=(%q,%v) CutSuffix=(%q,%v) ", p[0], p[1], af, ok, be, ok2)
		fmt.Printf("Has=%v/%v Trim=%q/%q\n", strings.HasPrefix(p[0], p[1]), strings.HasSuffix(p[0], p[1]),
			strings.TrimPrefix(p[0], p[1]), strings.TrimSuffix(p[0], p[1]))
	}
	// Repeated trimming only removes once
	s := "abababX"
	fmt.Printf("%q %q %q\n", strings.TrimPrefix(s, "ab"), strings.TrimSuffix("Xababab", "ab"), strings.TrimPrefix(s, "ababab"))
	// Parse key/value list with Cut
	for _, kv := range strings.Split("a=1;b=;=3;c;d=4=5;;e=é", ";") {
		k, v, ok := strings.Cut(kv, "=")
		fmt.Printf("[%s|%s|%v] ", k, v, ok)
	}
	fmt.Println()
	// Path-ish with CutLast
	for _, p := range []string{"/usr/local/bin", "file.tar.gz", "noslash", "/", "a/"} {
		dir, base, ok := strings.CutLast(p, "/")
		stem, ext, ok2 := strings.CutLast(p, ".")
		fmt.Printf("%q -> dir=%q base=%q %v; stem=%q ext=%q %v\n", p, dir, base, ok, stem, ext, ok2)
	}
}
