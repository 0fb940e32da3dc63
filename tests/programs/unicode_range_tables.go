package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ é ß Ω ω Ж ж 中 文 日本 한 ℃ 1 _ \U00020000 \U0001F600 ͅ ǅ" {
		fmt.Println(string(r), unicode.Is(unicode.Latin, r), unicode.Is(unicode.Greek, r), unicode.Is(unicode.Cyrillic, r), unicode.Is(unicode.Han, r), unicode.In(r, unicode.Han, unicode.Latin), unicode.IsOneOf([]*unicode.RangeTable{unicode.Greek, unicode.Cyrillic}, r))
	}
	vowels := &unicode.RangeTable{R16: []unicode.Range16{{'a', 'a', 1}, {'e', 'e', 1}, {'i', 'i', 1}, {'o', 'u', 6}}}
	n := 0
	for r := rune(0); r < 200; r++ {
		if unicode.Is(vowels, r) {
			n++
			fmt.Print(string(r))
		}
	}
	fmt.Println(n, len(unicode.Latin.R16), len(unicode.Han.R32), unicode.Latin.LatinOffset, unicode.Greek.R16[0])
	count := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic, unicode.Han) {
			count++
		}
	}
	fmt.Println(count)
}
