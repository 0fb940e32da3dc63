// Reverse strings: bytes, runes, words
package main

import (
	"fmt"
	"strings"
)

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func reverseBytes(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func reverseWords(s string) string {
	words := strings.Fields(s)
	for i, j := 0, len(words)-1; i < j; i, j = i+1, j-1 {
		words[i], words[j] = words[j], words[i]
	}
	return strings.Join(words, " ")
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' {
			clean = append(clean, r)
		}
	}
	for i := 0; i < len(clean)/2; i++ {
		if clean[i] != clean[len(clean)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	inputs := []string{"hello", "Hello, 世界", "racecar", "The quick brown fox"}
	for _, s := range inputs {
		fmt.Printf("%q -> %q\n", s, reverseRunes(s))
	}
	fmt.Println(reverseBytes("abcdef"))
	fmt.Println(reverseWords("  the sky   is blue "))
	for _, s := range []string{"A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?"} {
		fmt.Printf("%-32q palindrome=%t\n", s, isPalindrome(s))
	}
	s := "héllo"
	fmt.Println(len(s), len([]rune(s)), []byte(s), []rune(s))
}
