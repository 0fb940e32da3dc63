package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	inputs := []string{
		"", "hello world", "HELLO WORLD", "hello_world-foo.bar", "o'neil is here",
		"ǆemal ǉubljana ǌ", "élan vital", "ßtraße", "ıi İI", "αβγ δεζ", "привет мир",
		"hello\tworld\nnew line", "123abc 4def", "a.b,c;d:e!f?g", "日本 語 text",
		"\xffabc \xfedef", "x\u00A0y\u3000z", "don't stop", "mcdonald's", "ⓐⓑ ⓒ",
		"camelCaseString", "snake_case_here", "ǳ ǲ Ǳ", "ﬁne ﬂow", "ʼn ŉ",
	}
	for _, s := range inputs {
		fmt.Printf("Title(%+q)=%+q ToTitle=%+q\n", s, strings.Title(s), strings.ToTitle(s))
	}
	// compare unicode.ToTitle vs ToUpper for digraphs
	for _, r := range []rune{'ǆ', 'ǅ', 'Ǆ', 'ǉ', 'ǈ', 'Ǉ', 'ǌ', 'ǋ', 'Ǌ', 'ǳ', 'ǲ', 'Ǳ', 'a', 'ß', 'ﬀ', 'ᾳ', 'ᾼ'} {
		fmt.Printf("%c %U up=%U title=%U low=%U isTitle=%v isUpper=%v isLower=%v\n", r, r,
			unicode.ToUpper(r), unicode.ToTitle(r), unicode.ToLower(r), unicode.IsTitle(r), unicode.IsUpper(r), unicode.IsLower(r))
	}
	// Title idempotence
	for _, s := range inputs[:8] {
		t := strings.Title(s)
		fmt.Print(strings.Title(t) == t, " ")
	}
	fmt.Println()
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	for i, w := range words {
		words[i] = strings.Title(w)
	}
	fmt.Println(strings.Join(words, " "))
}
