package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
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
	s := "Hello, 世界! 🎉"
	fmt.Println(len(s), utf8.RuneCountInString(s), reverse(s))
	for i, r := range "aé世" {
		fmt.Printf("%d:%c(%d) ", i, r, utf8.RuneLen(r))
	}
	fmt.Println()
	fmt.Println(s[7], s[7:10], string(s[0]), string(rune(19990)))
	for _, p := range []string{"A man, a plan, a canal: Panama", "hello", "No 'x' in Nixon", ""} {
		fmt.Printf("%q palindrome=%v\n", p, isPalindrome(p))
	}
	fmt.Println(strings.Contains(s, "世"), strings.ContainsRune(s, '!'), strings.ContainsAny(s, "xyz"), strings.HasPrefix(s, "Hell"), strings.HasSuffix(s, "🎉"))
	fmt.Println(strings.Index(s, "世"), strings.IndexRune(s, '界'), strings.IndexByte(s, '!'), strings.IndexAny(s, ",!"))
	fmt.Println(strings.Split("a,b,,c", ","), len(strings.Split("", ",")), strings.SplitAfter("a.b.c", "."))
	fmt.Printf("%q\n", strings.Fields("  lots   of\tspace\n here "))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.go", ".go"), strings.TrimPrefix("file.go", "fi"), strings.Trim("  \t pad \n", " \t\n"))
	fmt.Println(strings.ToUpper("straße"), strings.ToLower("ÀÉÎ"), strings.EqualFold("Go", "GO"))
	fmt.Println(strings.Repeat("ab", 3), strings.Compare("a", "b"), strings.Count("cheese", "e"), strings.Count("five", ""))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("liftoff")
	sb.WriteRune('🚀')
	fmt.Println(sb.String(), sb.Len())
	b := []byte(s)
	b[0] = 'J'
	fmt.Println(string(b[:5]), s[:5])
	fmt.Println(utf8.ValidString("a\xffb"), []rune("a\xffb"))
}
