package main

import (
	"fmt"
	"strings"
	"unicode"
)

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func capitalize(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

func countVowels(s string) (v, c int) {
	for _, r := range strings.ToLower(s) {
		if !unicode.IsLetter(r) {
			continue
		}
		if strings.ContainsRune("aeiou", r) {
			v++
		} else {
			c++
		}
	}
	return
}

func main() {
	for _, s := range []string{"A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", "", "ésé"} {
		fmt.Printf("%-32q palindrome=%t reversed=%q\n", s, isPalindrome(s), reverse(s))
	}
	fmt.Println(capitalize("the go programming language"))
	v, c := countVowels("Programming in Go is fun!")
	fmt.Println("vowels", v, "consonants", c)
	s := "one,two,,three"
	fmt.Printf("%q\n", strings.Split(s, ","))
	fmt.Printf("%q\n", strings.SplitN(s, ",", 2))
	fmt.Printf("%q\n", strings.Fields("  a  b\tc\n"))
	fmt.Println(strings.Contains(s, "two"), strings.Index(s, "three"), strings.LastIndex(s, ","), strings.Count(s, ","))
	fmt.Println(strings.HasPrefix(s, "one"), strings.HasSuffix(s, "ee"), strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.go", ".go"))
	fmt.Println(strings.Repeat("ab", 3), strings.Replace("aaaa", "a", "b", 2), strings.EqualFold("Go", "GO"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	fmt.Printf("[%s] [%s]\n", strings.TrimSpace("  pad  "), strings.Trim("--x--", "-"))
	fmt.Println(strings.Compare("a", "b"), strings.ToTitle("hi"), strings.IndexFunc("abc1", unicode.IsDigit))
}
