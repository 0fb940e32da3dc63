package main

import (
	"fmt"
	"unicode"
)

func main() {
	fmt.Println(cap(unicode.Latin.R16), len(unicode.Latin.R16), cap(unicode.Latin.R32))
	fmt.Println(cap(unicode.Han.R32), cap(unicode.Han.R16), cap(unicode.Greek.R16), cap(unicode.Cyrillic.R32))
	t := unicode.Latin
	fmt.Println(cap(t.R16[1:]))
}
