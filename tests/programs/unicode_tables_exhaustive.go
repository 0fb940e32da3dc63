package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	preds := []func(rune) bool{unicode.IsLetter, unicode.IsUpper, unicode.IsLower, unicode.IsTitle, unicode.IsDigit, unicode.IsNumber, unicode.IsMark, unicode.IsPunct, unicode.IsSymbol, unicode.IsSpace, unicode.IsControl, unicode.IsGraphic, unicode.IsPrint}
	maps := []func(rune) rune{unicode.ToUpper, unicode.ToLower, unicode.ToTitle, unicode.SimpleFold}
	for k, p := range preds {
		n, h := 0, uint64(14695981039346656037)
		for r := rune(-2); r <= unicode.MaxRune+2; r++ {
			if p(r) {
				n++
				h = (h ^ uint64(r)) * 1099511628211
			}
		}
		fmt.Println("pred", k, n, h)
	}
	for k, m := range maps {
		h := uint64(14695981039346656037)
		for r := rune(-2); r <= unicode.MaxRune+2; r++ {
			h = (h ^ uint64(m(r))) * 1099511628211
		}
		fmt.Println("map", k, h)
	}
	fmt.Println(unicode.To(unicode.UpperCase, 'ß'), unicode.To(5, 'a'), unicode.Version, unicode.MaxLatin1)
	h := uint64(14695981039346656037)
	buf := make([]byte, 4)
	for r := rune(-2); r <= unicode.MaxRune+2; r += 7 {
		n := utf8.EncodeRune(buf, r)
		d, w := utf8.DecodeRune(buf[:n])
		l, lw := utf8.DecodeLastRune(buf[:n])
		h = (h ^ uint64(d) ^ uint64(w)<<32 ^ uint64(l)<<40 ^ uint64(lw)<<60 ^ uint64(utf8.RuneLen(r))<<50) * 1099511628211
		if utf8.ValidRune(r) != utf8.Valid(buf[:n]) && r != utf8.RuneError {
			fmt.Println("valid mismatch", r)
		}
	}
	fmt.Println("utf8", h)
	tests := []string{"", "a", "\xff", "\xe2\x82", "€", "\xed\xa0\x80", "a\xc3", "\xf4\x90\x80\x80", "héllo, 世界", "\xc0\x80"}
	for _, s := range tests {
		r, w := utf8.DecodeRuneInString(s)
		lr, lw := utf8.DecodeLastRuneInString(s)
		fmt.Println(r, w, lr, lw, utf8.FullRuneInString(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.AppendRune([]byte(s), 'é'))
	}
}
