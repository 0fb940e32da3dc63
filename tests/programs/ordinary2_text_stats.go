package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const doc = `Go is an open source programming language.
It makes it simple to build secure, scalable systems.

Écoutez: naïve café owners say "héllo" 123 times!`

func main() {
	lines := strings.Split(doc, "\n")
	fmt.Println("lines:", len(lines))
	var letters, digits, spaces, punct, upper int
	freq := map[rune]int{}
	for _, r := range doc {
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
			freq[unicode.ToLower(r)]++
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		case unicode.IsPunct(r):
			punct++
		}
	}
	fmt.Println(letters, digits, spaces, punct, upper)
	fmt.Println("bytes:", len(doc), "runes:", len([]rune(doc)))
	keys := make([]rune, 0, len(freq))
	for r := range freq {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool {
		if freq[keys[i]] != freq[keys[j]] {
			return freq[keys[i]] > freq[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, r := range keys[:6] {
		fmt.Printf("%c(%U)=%d ", r, r, freq[r])
	}
	fmt.Println()
	for i, l := range lines {
		w := strings.Fields(l)
		longest := ""
		for _, x := range w {
			if len(x) > len(longest) {
				longest = x
			}
		}
		fmt.Printf("%d: %2d words, longest %q, title %q\n", i, len(w), longest, strings.ToUpper(l[:min(len(l), 6)]))
	}
	for i, r := range "aé€😀" {
		fmt.Println(i, r, string(r), len(string(r)))
	}
}
