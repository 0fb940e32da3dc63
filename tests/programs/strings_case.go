package main

import (
	"fmt"
	"strings"
)

func main() {
	inputs := []string{
		"", "hello WORLD 123", "ÀÁÂÃÄÅÆÇÈÉ àáâãäåæçèé ÿ µ", "ΑΒΓΔ αβγδ ΣΑΣ σας ΐΰ",
		"Привет МИР ёЁ ђЂ", "Բարեւ աշխարհ", "ႠႡႢ ⴀⴁⴂ აბგ ᲐᲑᲒ", "mIxEd ÇaSe ΣίΣυφος",
		"ß ẞ straße", "ǅ ǆ Ǆ ǈ ǋ", "İstanbul ıi", "ſ K Å Ω", "𐐀𐐨 𞤀𞤢", "ﬀ ﬁ ŉ ǰ",
		"a\xffb\xfec", "\uFFFD", "Ⅰ ⅰ ⓐ Ⓐ", "ꙁ Ꙁ ꟃ", "ǲ ǳ Ǳ", "ͅ ι",
	}
	for _, s := range inputs {
		lo := strings.ToLower(s)
		up := strings.ToUpper(s)
		ti := strings.ToTitle(s)
		fmt.Printf("in   %+q\n", s)
		fmt.Printf(" low %+q\n", lo)
		fmt.Printf(" up  %+q\n", up)
		fmt.Printf(" tit %+q upEqTit=%v\n", ti, up == ti)
		fmt.Printf(" lens %d %d %d %d\n", len(s), len(lo), len(up), len(ti))
		fmt.Printf(" idem %v %v %v\n", strings.ToLower(lo) == lo, strings.ToUpper(up) == up, strings.ToLower(up) == lo)
	}
	// ASCII fast path vs long strings
	ascii := strings.Repeat("AbCdEfGhIjKlMnOpQrStUvWxYz0123456789!@", 5)
	fmt.Println(strings.ToLower(ascii)[:40])
	fmt.Println(strings.ToUpper(ascii)[:40])
	// already-lower/upper returns equal string
	fmt.Println(strings.ToLower("already lower") == "already lower", strings.ToUpper("ALREADY") == "ALREADY")
	// mixed ASCII then non-ASCII late in string
	late := strings.Repeat("a", 30) + "Ä" + strings.Repeat("B", 5)
	fmt.Printf("%q\n%q\n", strings.ToLower(late), strings.ToUpper(late))
}
