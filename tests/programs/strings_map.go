package main

import (
	"fmt"
	"strings"
	"unicode"
)

func rot13(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+13)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+13)%26
	}
	return r
}

func main() {
	inputs := []string{"", "Hello, World!", "a\xffb\xfe\xfdc", "日本語 text", "\uFFFD\xff", "ǅǈǋ", "ß straße", "123 ٤٥٦"}
	dropVowels := func(r rune) rune {
		if strings.ContainsRune("aeiouAEIOU", r) {
			return -1
		}
		return r
	}
	dropAll := func(r rune) rune { return -1 }
	identity := func(r rune) rune { return r }
	toBad := func(r rune) rune {
		if r == 'a' {
			return 0xD800
		}
		if r == 'b' {
			return 0x110000
		}
		if r == 'c' {
			return -2
		}
		return r
	}
	widen := func(r rune) rune {
		if r < 128 {
			return r + 0x10000
		}
		return r
	}
	digitVal := func(r rune) rune {
		if unicode.IsDigit(r) && r > 127 {
			return '#'
		}
		return r
	}
	for _, s := range inputs {
		fmt.Printf("in=%+q\n", s)
		fmt.Printf("  rot13=%+q\n", strings.Map(rot13, s))
		fmt.Printf("  dropVowels=%+q dropAll=%+q\n", strings.Map(dropVowels, s), strings.Map(dropAll, s))
		id := strings.Map(identity, s)
		fmt.Printf("  identity=%+q same=%v\n", id, id == s)
		fmt.Printf("  toBad=%+q\n", strings.Map(toBad, s))
		fmt.Printf("  upper=%+q title=%+q\n", strings.Map(unicode.ToUpper, s), strings.Map(unicode.ToTitle, s))
		w := strings.Map(widen, s)
		fmt.Printf("  widen len=%d digit=%+q\n", len(w), strings.Map(digitVal, s))
	}
	n := 0
	strings.Map(func(r rune) rune { n++; return r }, "a\xff\xfe日")
	fmt.Println("calls:", n)
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return 'x' }, "\xff\xff日"))
}
