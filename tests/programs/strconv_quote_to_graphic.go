package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"a\u00a0b", "tab\there", "\u2000x\u3000", "é☺\x7f", "\xff", "\u200b"} {
		fmt.Println(strconv.QuoteToGraphic(s), strconv.Quote(s), strconv.QuoteToASCII(s))
	}
	for _, r := range []rune{'\u00a0', '\t', '☺', 0x2028, '\''} {
		fmt.Println(strconv.QuoteRuneToGraphic(r), strconv.QuoteRune(r))
	}
	fmt.Println(string(strconv.AppendQuoteToGraphic([]byte("x="), "\u00a0")), string(strconv.AppendQuoteRuneToGraphic(nil, '\u3000')))
	fmt.Printf("%q %+q\n", "a\u00a0b", "a\u00a0b")
}
