package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func tryGrow(b *strings.Builder, n int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("Grow(%d) panicked: %v (%T)\n", n, r, r)
		}
	}()
	b.Grow(n)
	fmt.Printf("Grow(%d) ok len=%d\n", n, b.Len())
}

func main() {
	var b strings.Builder
	fmt.Printf("zero: %q len=%d\n", b.String(), b.Len())
	n, err := b.WriteString("héllo")
	fmt.Println("WriteString", n, err, b.Len())
	fmt.Println("WriteByte", b.WriteByte(' '), b.WriteByte(0xff), b.Len())
	runes := []rune{'w', 'ö', '世', '😀', utf8.RuneError, -1, 0xD800, 0xDFFF, 0x110000, 0x7FFFFFFF, 0, 0x10FFFF}
	for _, r := range runes {
		n, err := b.WriteRune(r)
		fmt.Printf("WriteRune(%d) n=%d err=%v len=%d\n", r, n, err, b.Len())
	}
	n, err = b.Write([]byte{'!', 0xc3, 0xa9, 0xe6})
	fmt.Println("Write", n, err)
	n, err = b.Write(nil)
	fmt.Println("Write nil", n, err)
	s := b.String()
	fmt.Printf("%+q\nlen=%d valid=%v runes=%d\n", s, len(s), utf8.ValidString(s), utf8.RuneCountInString(s))
	tryGrow(&b, 0)
	tryGrow(&b, 100)
	tryGrow(&b, -1)
	tryGrow(&b, -1000)
	fmt.Println("after grow same:", b.String() == s)
	b.Reset()
	fmt.Printf("reset: %q len=%d old=%q\n", b.String(), b.Len(), s[:6])
	tryGrow(&b, 5)
	for i := 0; i < 10; i++ {
		fmt.Fprintf(&b, "%d:%c;", i, 'a'+rune(i))
	}
	fmt.Println(b.String(), b.Len())
	var c strings.Builder
	for i := 0; i < 1000; i++ {
		c.WriteByte(byte('a' + i%26))
	}
	out := c.String()
	fmt.Println(c.Len(), out[:30], out[970:])
	snap := c.String()
	c.WriteString("MORE")
	fmt.Println(len(snap), c.Len(), snap == out, strings.HasSuffix(c.String(), "MORE"))
	var d strings.Builder
	d.WriteString("")
	d.WriteRune(0x80)
	d.WriteRune(0x7FF)
	d.WriteRune(0x800)
	d.WriteRune(0xFFFF)
	d.WriteRune(0x10000)
	fmt.Printf("% x\n", d.String())
}
