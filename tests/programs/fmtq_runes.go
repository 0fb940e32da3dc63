package main

import "fmt"

func main() {
	runes := []rune{
		0, 7, 8, '\t', '\n', 0x0b, 0x0c, '\r', 0x1b, ' ', '"', '\'', '\\', '`', 'a', 0x7f, 0x80, 0x85, 0x9f,
		0xa0, 0xad, 0xe9, 0x0378, 0x0301, 0x061C, 0x200B, 0x200D, 0x2028, 0x3000, 0xD800, 0xDFFF, 0xE000,
		0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF, 0x1F600, 0xE0001, 0x10FFFF, 0x110000, -1, 0x7FFFFFFF,
	}
	for _, r := range runes {
		fmt.Printf("%d: q=%q +q=%+q #q=%#q #+q=%#+q x=%x U=%U #U=%#U c=%q\n", r, r, r, r, r, r, r, r, string(r))
	}
	fmt.Printf("%q\n", []rune{'a', 0x378, 0})
	fmt.Printf("%+q\n", []rune("héllo"))
	fmt.Printf("%x %X\n", []rune{0x10FFFF, 0xFF}, 'z')
	fmt.Printf("%08q|%-6q|%6q|\n", 'x', 'y', '世')
	fmt.Printf("%c%c%c|%c|%c\n", 'O', 'K', '!', 0xD800, -1)
	var b byte = 0xff
	fmt.Printf("%q %+q %x %c\n", b, b, b, b)
	fmt.Printf("%v %d %s\n", 'A', '世', string(rune(65)))
	fmt.Printf("%U %#U\n", int64(-5), uint32(0x1F600))
	// Sprintf lengths for quoted runes
	for _, r := range []rune{0x378, 0xE000, 0xFFFE, 0x10FFFF, 0xAD, 0x200B, 'Z', 0x7F} {
		a := fmt.Sprintf("%q", r)
		b := fmt.Sprintf("%+q", r)
		c := fmt.Sprintf("%#q", r)
		fmt.Println(r, len(a), len(b), len(c), a == b, a == c)
	}
	// string(rune) conversion for unassigned and noncharacters
	for _, r := range []rune{0x378, 0xFFFE, 0xFDD0, 0x1FFFF, 0x10FFFE} {
		s := string(r)
		fmt.Printf("%U -> %q %+q % x len=%d\n", r, s, s, s, len(s))
	}
	fmt.Printf("%5c|%-5c|%05U|%#x\n", 'x', '世', 'y', '世')
	fmt.Printf("%q %q\n", int64(0x41), uint8(0x7))
}
