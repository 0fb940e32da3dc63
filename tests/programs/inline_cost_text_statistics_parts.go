package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const doc = "Go is an open source. Écoutez 123"

func p1() {
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
	fmt.Println(letters, digits, spaces, punct, upper, len(freq))
}

func p2(freq map[rune]int) {
	keys := make([]rune, 0, len(freq))
	for r := range freq {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool {
		return keys[i] < keys[j]
	})
}

func p3(lines []string) {
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
}

func p4() {
	for i, r := range "aé€😀" {
		fmt.Println(i, r, string(r), len(string(r)))
	}
	fmt.Println("bytes:", len(doc), "runes:", len([]rune(doc)))
}

func p5(keys []rune, freq map[rune]int) {
	for _, r := range keys[:6] {
		fmt.Printf("%c(%U)=%d ", r, r, freq[r])
	}
}

func main() {
	p1()
	p2(nil)
	p3(nil)
	p4()
	p5([]rune("abcdef"), map[rune]int{'a': 2})
}
