package main

import (
	"fmt"
	"strings"
)

func shift(r rune, k int) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+rune(k)+26)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+rune(k)+26)%26
	}
	return r
}

func caesar(s string, k int) string {
	var sb strings.Builder
	for _, r := range s {
		sb.WriteRune(shift(r, k))
	}
	return sb.String()
}

func vigenere(s, key string, decrypt bool) string {
	out := []rune{}
	ki := 0
	for _, r := range s {
		if (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') {
			k := int(key[ki%len(key)] - 'a')
			if decrypt {
				k = -k
			}
			out = append(out, shift(r, k))
			ki++
		} else {
			out = append(out, r)
		}
	}
	return string(out)
}

func freqAnalysis(s string) [26]int {
	var f [26]int
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' {
			f[r-'a']++
		}
	}
	return f
}

func main() {
	msg := "Hello, World! The Quick Brown Fox."
	for _, k := range []int{1, 3, 13, 25} {
		enc := caesar(msg, k)
		dec := caesar(enc, -k)
		fmt.Printf("k=%2d %s | %t\n", k, enc, dec == msg)
	}
	v := vigenere("Attack at dawn!", "lemon", false)
	fmt.Println(v, vigenere(v, "lemon", true))
	f := freqAnalysis(caesar("eeeeee the secret message here", 7))
	best := 0
	for i := range f {
		if f[i] > f[best] {
			best = i
		}
	}
	guess := (best - 4 + 26) % 26
	fmt.Printf("most common %c, guessed shift %d\n", 'a'+best, guess)
	fmt.Println(f)
	b := []byte("rot13 me")
	for i, c := range b {
		b[i] = byte(shift(rune(c), 13))
	}
	fmt.Println(string(b), len(b), cap(b) >= len(b))
}
