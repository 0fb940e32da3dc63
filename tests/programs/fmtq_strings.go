package main

import "fmt"

func main() {
	inputs := []string{
		"", "plain", "tab\there", "nl\n cr\r", "quote\"s and 'single'", "back\\slash", "`backtick`",
		"\x00\x01\x07\x08\x0b\x0c\x1b\x7f", "é日本😀", "\u0378", "\uE000", "\uFFFE", "\U0010FFFF",
		"\u00AD", "\u200B", "\u200D", "\u2028\u2029", "\uFEFF", "\u00A0", "\u3000", "\xff", "a\xfeb",
		"\xed\xa0\x80", "\xc3", "\uFFFD", "\U0001F1E6\U0001F1FA", "e\u0301", "\u0085", "\u061C",
		"\U000E0001", "\U0001D400",
	}
	for _, s := range inputs {
		fmt.Printf("q=%q\n", s)
		fmt.Printf("  +q=%+q\n", s)
		fmt.Printf("  #q=%#q\n", s)
		fmt.Printf("  #+q=%#+q x=%x X=%X\n", s, s, s)
		fmt.Printf("  % x|%-12q|%12q|\n", s, s, s)
	}
	fmt.Printf("%q\n", []string{"a\x00", "\u0378", "`"})
	fmt.Printf("%#q\n", []string{"ok", "`bt`", "\t"})
	fmt.Printf("%x %X % X %#x\n", "hi\xff", "hi\xff", "hi\xff", "hi\xff")
	fmt.Printf("%q %+q\n", []byte("byt\xffes\u00e9"), []byte("byt\xffes\u00e9"))
	fmt.Printf("%s|%v|%.3q|%.2x\n", "trunc", "vvv", "日本語テキスト", "abcdef")
	// Sprintf round-trip lengths and width with multi-byte content
	for _, s := range []string{"\u0378x", "\U0010FFFF", "\xff\xfe", "\u00AD\u200B"} {
		a := fmt.Sprintf("%q", s)
		b := fmt.Sprintf("%+q", s)
		c := fmt.Sprintf("%#q", s)
		fmt.Println(len(a), len(b), len(c), a == b, a == c)
	}
	// %#q: CanBackquote accepts non-printable runes unless they are control characters
	fmt.Printf("%#q %#q %#q\n", "has\u200Bzwsp", "has\u00A0nbsp", "has\uE000pua")
	// %x of string with space flag and plus flag
	fmt.Printf("[% x] [%+x] [% #x] [%#X]\n", "\u00AD\u200B", "ok", "ab", "\uFFFE")
	type named string
	var n named = "named\ttype\u0378"
	fmt.Printf("%q %+q %#q %x\n", n, n, n, n)
	fmt.Printf("%v %s\n", []string{"\u2028"}, []string{"plain", "x"})
}
