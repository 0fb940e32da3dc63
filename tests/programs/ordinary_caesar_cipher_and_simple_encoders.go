// Caesar cipher and simple encoders
package main

import (
	"fmt"
	"strings"
)

func caesar(s string, shift int) string {
	shift = ((shift % 26) + 26) % 26
	out := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			out[i] = 'a' + (c-'a'+byte(shift))%26
		case c >= 'A' && c <= 'Z':
			out[i] = 'A' + (c-'A'+byte(shift))%26
		default:
			out[i] = c
		}
	}
	return string(out)
}

func runLength(s string) string {
	if s == "" {
		return ""
	}
	var sb strings.Builder
	runes := []rune(s)
	count := 1
	for i := 1; i <= len(runes); i++ {
		if i < len(runes) && runes[i] == runes[i-1] {
			count++
			continue
		}
		fmt.Fprintf(&sb, "%d%c", count, runes[i-1])
		count = 1
	}
	return sb.String()
}

func vigenere(text, key string) string {
	var sb strings.Builder
	ki := 0
	for _, r := range strings.ToUpper(text) {
		if r < 'A' || r > 'Z' {
			sb.WriteRune(r)
			continue
		}
		k := rune(key[ki%len(key)] - 'A')
		sb.WriteRune('A' + (r-'A'+k)%26)
		ki++
	}
	return sb.String()
}

func main() {
	msg := "Hello, World! Meet at Dawn."
	enc := caesar(msg, 3)
	fmt.Println(enc)
	fmt.Println(caesar(enc, -3))
	fmt.Println(caesar("xyz", 29))
	for _, s := range []string{"aaabccddddd", "abc", "wwwwwwwwwwwwbbb", "üüü"} {
		fmt.Printf("%s -> %s\n", s, runLength(s))
	}
	fmt.Println(vigenere("attack at dawn", "LEMON"))
}
