package main

import (
	"fmt"
	"unicode"
)

func bit(b bool) byte {
	if b {
		return '1'
	}
	return '.'
}

func main() {
	runes := []rune{
		0, '\t', '\n', '\v', '\f', '\r', ' ', '!', '$', '+', '0', '9', 'A', 'Z', '_', '`', 'a', 'z', '~', 0x7F,
		0x80, 0x85, 0x9F, 0xA0, 0xA1, 0xA7, 0xAA, 0xAD, 0xB2, 0xB5, 0xBA, 0xBD, 0xC0, 0xD7, 0xDF, 0xF7, 0xFF,
		0x01C5, 0x0300, 0x0345, 0x0378, 0x0391, 0x03C2, 0x03F4, 0x0401, 0x0451, 0x0531, 0x0561, 0x05D0,
		0x0660, 0x0669, 0x06F0, 0x0966, 0x0E50, 0x10A0, 0x10D0, 0x1680, 0x180E, 0x2000, 0x200B, 0x200D,
		0x2028, 0x2029, 0x202F, 0x2160, 0x2164, 0x2170, 0x2460, 0x24B6, 0x3000, 0x3007, 0x3042, 0x4E00, 0xAC00,
		0xD800, 0xE000, 0xFE0F, 0xFEFF, 0xFF10, 0xFF21, 0xFFFD, 0xFFFE, 0xFFFF, 0x1D7CE, 0x1F600, 0x1F1E6,
		0x10FFFF, 0x110000, -1, 0x20BF, 0x00A9, 0x2022, 0x0E3F, 0x1D400,
	}
	fmt.Println("rune      Let Dig Num Spc Upp Low Tit Pun Sym Mrk Ctl Gra Prt")
	for _, r := range runes {
		flags := []bool{unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r),
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r), unicode.IsPunct(r), unicode.IsSymbol(r),
			unicode.IsMark(r), unicode.IsControl(r), unicode.IsGraphic(r), unicode.IsPrint(r)}
		out := make([]byte, 0, 64)
		for _, f := range flags {
			out = append(out, ' ', ' ', bit(f), ' ')
		}
		fmt.Printf("%-9U%s\n", r, out)
	}
	// counts over ranges
	counts := make([]int, 13)
	for r := rune(0); r < 0x3000; r++ {
		flags := []bool{unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r),
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r), unicode.IsPunct(r), unicode.IsSymbol(r),
			unicode.IsMark(r), unicode.IsControl(r), unicode.IsGraphic(r), unicode.IsPrint(r)}
		for i, f := range flags {
			if f {
				counts[i]++
			}
		}
	}
	fmt.Println("counts < U+3000:", counts)
	fmt.Println(unicode.In('é', unicode.Latin, unicode.Greek), unicode.In('λ', unicode.Latin), unicode.Is(unicode.Cyrillic, 'ж'),
		unicode.IsOneOf([]*unicode.RangeTable{unicode.Han, unicode.Hiragana}, 'あ'))
}
