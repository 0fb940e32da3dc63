// Runes, bytes, and unicode classification
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	const s = "สวัสดี Go! 123"
	fmt.Println("Len:", len(s))
	fmt.Println("RuneCount:", utf8.RuneCountInString(s))
	for idx, r := range s {
		fmt.Printf("%#U starts at %d\n", r, idx)
	}

	var letters, digits, spaces, punct, upper int
	for _, r := range "Hello, World! It's 2024 - Go 1.23." {
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		case unicode.IsPunct(r):
			punct++
		}
	}
	fmt.Println(letters, digits, spaces, punct, upper)

	b := []byte("abc")
	fmt.Println(b, string(b[1]), b[1])
	r := []rune("日本語")
	fmt.Println(r, string(r[1]), len(r))
	fmt.Printf("%c %U %d %x\n", r[0], r[0], r[0], string(r[0]))
	fmt.Println(string(rune(65)), unicode.ToLower('Ä'), string(unicode.ToUpper('ß')))
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '€')
	fmt.Println(buf, len(buf), utf8.ValidString("a\xffb"))
	rr, size := utf8.DecodeRuneInString("€uro")
	fmt.Println(string(rr), size)
}
