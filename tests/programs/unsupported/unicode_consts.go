package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	fmt.Printf("MaxRune=%U %d %T\n", unicode.MaxRune, unicode.MaxRune, unicode.MaxRune)
	fmt.Printf("ReplacementChar=%U %q %c\n", unicode.ReplacementChar, unicode.ReplacementChar, unicode.ReplacementChar)
	fmt.Printf("MaxASCII=%U %d MaxLatin1=%U %d\n", unicode.MaxASCII, unicode.MaxASCII, unicode.MaxLatin1, unicode.MaxLatin1)
	fmt.Println(unicode.MaxRune == utf8.MaxRune, unicode.ReplacementChar == utf8.RuneError, utf8.RuneSelf, utf8.UTFMax)
	fmt.Println(unicode.Version != "", len(unicode.Version) > 3)
	var r rune = unicode.MaxRune
	r++
	fmt.Println(r, utf8.ValidRune(r), unicode.IsPrint(r), unicode.IsGraphic(r), unicode.IsLetter(r))
	// Boundaries
	for _, b := range []rune{unicode.MaxASCII, unicode.MaxASCII + 1, unicode.MaxLatin1, unicode.MaxLatin1 + 1, unicode.MaxRune, unicode.ReplacementChar} {
		fmt.Printf("%U letter=%v print=%v graphic=%v control=%v upper=%U lower=%U\n", b,
			unicode.IsLetter(b), unicode.IsPrint(b), unicode.IsGraphic(b), unicode.IsControl(b), unicode.ToUpper(b), unicode.ToLower(b))
	}
	// Counting classes across the Latin-1 range
	var letters, digits, puncts, symbols, spaces, controls, prints int
	for c := rune(0); c <= unicode.MaxLatin1; c++ {
		if unicode.IsLetter(c) {
			letters++
		}
		if unicode.IsDigit(c) {
			digits++
		}
		if unicode.IsPunct(c) {
			puncts++
		}
		if unicode.IsSymbol(c) {
			symbols++
		}
		if unicode.IsSpace(c) {
			spaces++
		}
		if unicode.IsControl(c) {
			controls++
		}
		if unicode.IsPrint(c) {
			prints++
		}
	}
	fmt.Println("latin1:", letters, digits, puncts, symbols, spaces, controls, prints)
	// digits of other scripts
	for _, d := range []rune{'٣', '۳', '३', '৩', '๓', '３', '𝟛', 'Ⅲ', '③', '¾', '²', '〇', '𐄉'} {
		fmt.Printf("%c %U digit=%v number=%v letter=%v\n", d, d, unicode.IsDigit(d), unicode.IsNumber(d), unicode.IsLetter(d))
	}
	// emoji and marks
	for _, e := range []rune{'😀', '❤', '\uFE0F', '\u200D', '\u0301', '\u20DD', '🇦', '©', '™', '∑', '€'} {
		fmt.Printf("%U sym=%v mark=%v graphic=%v print=%v punct=%v\n", e, unicode.IsSymbol(e), unicode.IsMark(e),
			unicode.IsGraphic(e), unicode.IsPrint(e), unicode.IsPunct(e))
	}
	fmt.Println(len(unicode.Categories) > 20, len(unicode.Scripts) > 100, unicode.Is(unicode.Nd, '7'), unicode.Is(unicode.Lu, 'ǅ'))
}
