package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	runes := []rune{0, 1, 0x7F, 0x80, 0xFF, 0x7FF, 0x800, 0xFFF, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF,
		0xE000, 0xFFFD, 0xFFFE, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF, 0x110000, 0x7FFFFFFF, -1, -0x80000000, utf8.RuneError}
	for _, r := range runes {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		app := utf8.AppendRune([]byte("x"), r)
		fmt.Printf("%-12d %-9U len=%2d valid=%-5v enc=% x n=%d append=% x str=% x\n", r, r, utf8.RuneLen(r),
			utf8.ValidRune(r), buf[:n], n, app, string(r))
	}
	// EncodeRune into exact-size buffers
	for _, r := range []rune{'a', 'é', '世', '😀'} {
		b := make([]byte, utf8.RuneLen(r))
		n := utf8.EncodeRune(b, r)
		dr, dn := utf8.DecodeRune(b)
		fmt.Printf("%c n=%d % x dec=%c/%d\n", r, n, b, dr, dn)
	}
	// recovered panic: buffer too small
	func() {
		defer func() {
			r := recover()
			fmt.Println("small buffer panicked:", r != nil)
		}()
		b := make([]byte, 2)
		utf8.EncodeRune(b, '世')
	}()
	// AppendRune building a string; nil start
	var acc []byte
	for _, r := range []rune{'H', 'é', 0xD800, '世', -5, '😀'} {
		acc = utf8.AppendRune(acc, r)
	}
	fmt.Printf("%q len=%d runes=%d\n", acc, len(acc), utf8.RuneCount(acc))
	// Roundtrip all valid boundary points
	bad := 0
	total := 0
	for r := rune(0); r <= 0x10FFFF; r += 0x101 {
		if !utf8.ValidRune(r) {
			continue
		}
		total++
		b := utf8.AppendRune(nil, r)
		d, n := utf8.DecodeRune(b)
		if d != r || n != len(b) || n != utf8.RuneLen(r) {
			bad++
		}
	}
	fmt.Println("roundtrip checked", total, "bad", bad)
	surr := 0
	for r := rune(0xD700); r < 0xE100; r++ {
		if !utf8.ValidRune(r) {
			surr++
		}
	}
	fmt.Println("invalid in D700-E100:", surr)
}
