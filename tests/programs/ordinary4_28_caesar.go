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

func Caesar(s string, k int) string {
	return strings.Map(func(r rune) rune { return shift(r, k%26) }, s)
}

func Vigenere(s, key string, decrypt bool) string {
	out := make([]rune, 0, len(s))
	i := 0
	for _, r := range s {
		if (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') {
			k := int(key[i%len(key)] - 'a')
			if decrypt {
				k = -k
			}
			r = shift(r, k)
			i++
		}
		out = append(out, r)
	}
	return string(out)
}

func crack(cipher string) (int, string) {
	best, bestScore := 0, -1
	for k := range 26 {
		cand := Caesar(cipher, -k)
		score := 0
		for _, w := range []string{"the", "and", "is", "of"} {
			score += strings.Count(strings.ToLower(cand), w)
		}
		if score > bestScore {
			best, bestScore = k, score
		}
	}
	return best, Caesar(cipher, -best)
}

func main() {
	msg := "The Quick Brown Fox Jumps Over The Lazy Dog, and the end is near!"
	for _, k := range []int{1, 3, 13, 25, 26, -1} {
		fmt.Printf("%3d: %s\n", k, Caesar(msg, k))
	}
	enc := Caesar(msg, 7)
	k, dec := crack(enc)
	fmt.Println("cracked key", k, dec == msg)
	v := Vigenere("Attack at dawn!", "lemon", false)
	fmt.Println(v, "|", Vigenere(v, "lemon", true))
	rot13 := func(s string) string { return Caesar(s, 13) }
	fmt.Println(rot13(rot13("Hello, World")))
	fmt.Printf("%c %d %q %U\n", shift('z', 1), shift('a', -1), shift('M', 13), shift('!', 5))
}
