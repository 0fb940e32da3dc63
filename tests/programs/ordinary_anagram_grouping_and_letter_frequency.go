// Anagram grouping and letter frequency
package main

import (
	"fmt"
	"sort"
	"strings"
)

func sortString(s string) string {
	r := []rune(s)
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	return string(r)
}

func isAnagram(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	var counts [26]int
	for i := 0; i < len(a); i++ {
		counts[a[i]-'a']++
		counts[b[i]-'a']--
	}
	for _, c := range counts {
		if c != 0 {
			return false
		}
	}
	return true
}

func main() {
	words := []string{"listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"}
	groups := map[string][]string{}
	for _, w := range words {
		k := sortString(w)
		groups[k] = append(groups[k], w)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-8s %v\n", k, groups[k])
	}
	fmt.Println(isAnagram("listen", "silent"), isAnagram("abc", "abd"))

	text := "the quick brown fox jumps over the lazy dog"
	freq := make(map[rune]int)
	for _, r := range text {
		if r != ' ' {
			freq[r]++
		}
	}
	letters := make([]rune, 0, len(freq))
	for r := range freq {
		letters = append(letters, r)
	}
	sort.Slice(letters, func(i, j int) bool {
		if freq[letters[i]] != freq[letters[j]] {
			return freq[letters[i]] > freq[letters[j]]
		}
		return letters[i] < letters[j]
	})
	for _, r := range letters[:5] {
		fmt.Printf("%c:%d ", r, freq[r])
	}
	fmt.Println()
	fmt.Println(strings.ToUpper(string(letters)))
}
