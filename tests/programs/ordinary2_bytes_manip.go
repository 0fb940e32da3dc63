package main

import (
	"fmt"
	"strings"
)

func hexdump(b []byte) string {
	var sb strings.Builder
	for off := 0; off < len(b); off += 8 {
		end := min(off+8, len(b))
		fmt.Fprintf(&sb, "%04x  ", off)
		for i := off; i < off+8; i++ {
			if i < end {
				fmt.Fprintf(&sb, "%02x ", b[i])
			} else {
				sb.WriteString("   ")
			}
		}
		sb.WriteString(" |")
		for _, c := range b[off:end] {
			if c >= 32 && c < 127 {
				sb.WriteByte(c)
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteString("|\n")
	}
	return sb.String()
}

func toUpperASCII(b []byte) {
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 32
		}
	}
}

func main() {
	data := []byte("Hello,\tGopher! ü\n\x00\xff end")
	fmt.Print(hexdump(data))
	fmt.Println(len(data), cap(data) >= len(data))
	cp := make([]byte, len(data))
	copy(cp, data)
	toUpperASCII(cp)
	fmt.Printf("%q\n%q\n", data, cp)
	buf := make([]byte, 0, 4)
	for i := 0; i < 10; i++ {
		buf = append(buf, byte('0'+i))
		if i%3 == 0 {
			fmt.Println(string(buf), len(buf), cap(buf))
		}
	}
	buf = append(buf, " extra"...)
	fmt.Println(string(buf))
	n := copy(buf, "XYZ")
	fmt.Println(n, string(buf[:5]))
	s := "immutable"
	bs := []byte(s)
	bs[0] = 'I'
	fmt.Println(s, string(bs))
	fmt.Println(string(bs[2:5]), s[2:5], s[len(s)-1], bs[len(bs)-1])
	runes := []rune("añb€")
	fmt.Println(len(runes), len("añb€"), string(runes[1:3]))
	for i := 0; i < len("añb"); i++ {
		fmt.Printf("%d:%x ", i, "añb"[i])
	}
	fmt.Println()
}
