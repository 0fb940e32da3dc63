package main

import (
	"fmt"
	"strings"
	"unicode"
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

func Caesar(s string, k int) string {
	k %= 26
	return strings.Map(func(r rune) rune { return shift(r, k) }, s)
}

func Vigenere(s, key string, dec bool) string {
	out := make([]rune, 0, len(s))
	ki := 0
	for _, r := range s {
		if !unicode.IsLetter(r) || r > unicode.MaxASCII {
			out = append(out, r)
			continue
		}
		k := int(unicode.ToLower(rune(key[ki%len(key)])) - 'a')
		if dec {
			k = -k
		}
		out = append(out, shift(r, k))
		ki++
	}
	return string(out)
}

func crack(cipher string) (int, string) {
	freqOrder := "etaoinshr"
	best, bestScore := 0, -1
	for k := 0; k < 26; k++ {
		plain := Caesar(cipher, -k)
		score := 0
		for _, r := range strings.ToLower(plain) {
			if i := strings.IndexRune(freqOrder, r); i >= 0 {
				score += len(freqOrder) - i
			}
		}
		if score > bestScore {
			best, bestScore = k, score
		}
	}
	return best, Caesar(cipher, -best)
}

func main() {
	msg := "The Quick Brown Fox Jumps Over The Lazy Dog, naïvely!"
	for _, k := range []int{1, 3, 13, 25, 26, -3, 55} {
		fmt.Printf("%3d: %s\n", k, Caesar(msg, k))
	}
	enc := Vigenere("attack at dawn, retreat at dusk", "Lemon", false)
	fmt.Println(enc)
	fmt.Println(Vigenere(enc, "Lemon", true))
	secret := Caesar("meet me near the old oak tree at seven in the evening", 11)
	k, plain := crack(secret)
	fmt.Println(secret)
	fmt.Println(k, plain)
	fmt.Println(string(shift('z', 1)), shift('A', -1), string(rune(65+25)))
}
