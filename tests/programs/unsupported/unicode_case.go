package main

import (
	"fmt"
	"unicode"
)

func main() {
	runes := []rune{
		'a', 'A', 'z', 'Z', '0', '@', '[', '`', '{', 0xB5, 0xDF, 0xE0, 0xC0, 0xFF, 0x178, 0x130, 0x131,
		0x17F, 0x1C4, 0x1C5, 0x1C6, 0x1F0, 0x345, 0x390, 0x3A3, 0x3C2, 0x3C3, 0x3D1, 0x3F4, 0x3F5,
		0x401, 0x451, 0x4C0, 0x4CF, 0x531, 0x561, 0x587, 0x10A0, 0x10D0, 0x1C90, 0x13A0, 0xAB70,
		0x1E9E, 0x1F80, 0x1F88, 0x2126, 0x212A, 0x212B, 0x2160, 0x2170, 0x24B6, 0x24D0, 0x2C00, 0x2C30,
		0xA640, 0xA641, 0xFF21, 0xFF41, 0x10400, 0x10428, 0x1E900, 0x1E922, 0x4E00, 0xFFFD,
		-1, 0xD800, 0x110000, 0x10FFFF, 0x7FFFFFFF, -0x80000000,
	}
	for _, r := range runes {
		u, l, t := unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r)
		fmt.Printf("%U up=%U low=%U title=%U", r, u, l, t)
		fmt.Printf(" To(U)=%U To(L)=%U To(T)=%U", unicode.To(unicode.UpperCase, r), unicode.To(unicode.LowerCase, r), unicode.To(unicode.TitleCase, r))
		fmt.Printf(" rt=%v,%v\n", unicode.ToLower(u) == l, unicode.ToUpper(l) == u)
	}
	// invalid case index
	fmt.Printf("To(3,'a')=%U To(-1,'a')=%U To(99,'A')=%U\n", unicode.To(3, 'a'), unicode.To(-1, 'a'), unicode.To(99, 'A'))
	fmt.Println(unicode.UpperCase, unicode.LowerCase, unicode.TitleCase, unicode.MaxCase)
	// Turkish special case
	tr := unicode.TurkishCase
	for _, r := range []rune{'i', 'I', 0x130, 0x131, 'a'} {
		fmt.Printf("Turkish %U up=%U low=%U title=%U\n", r, tr.ToUpper(r), tr.ToLower(r), tr.ToTitle(r))
	}
	// Count of runes changed by ToUpper in ranges
	changed := 0
	for r := rune(0); r < 0x600; r++ {
		if unicode.ToUpper(r) != r {
			changed++
		}
	}
	sum := rune(0)
	for r := rune(0x10400); r < 0x10450; r++ {
		sum += unicode.ToLower(r) - r
	}
	fmt.Println("changed by ToUpper below U+0600:", changed, "deseret lower delta sum:", sum)
}
