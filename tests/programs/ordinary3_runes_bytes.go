package main

import (
	"fmt"
	"strings"
	"unicode"
)

func reverseRunes(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func main() {
	s := "Go, 世界! ñ"
	fmt.Println(len(s), len([]rune(s)), len([]byte(s)))
	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, len(string(r)))
	}
	fmt.Println()
	for i := 0; i < 5; i++ {
		fmt.Printf("%d=%x ", i, s[i])
	}
	fmt.Println()
	fmt.Println(reverseRunes(s))
	b := []byte("hello")
	b[0] = 'J'
	b = append(b, "!!"...)
	fmt.Println(string(b), len(b), cap(b))
	counts := map[string]int{}
	for _, r := range "Hello World 123 ¿Qué tal? Ωmega_x" {
		switch {
		case unicode.IsUpper(r):
			counts["upper"]++
		case unicode.IsLower(r):
			counts["lower"]++
		case unicode.IsDigit(r):
			counts["digit"]++
		case unicode.IsSpace(r):
			counts["space"]++
		case unicode.IsPunct(r):
			counts["punct"]++
		default:
			counts["other"]++
		}
	}
	for _, k := range []string{"upper", "lower", "digit", "space", "punct", "other"} {
		fmt.Print(k, "=", counts[k], " ")
	}
	fmt.Println()
	fmt.Println(strings.ToUpper("straße"), strings.ToTitle("ǆ"), unicode.ToUpper('ß'), string(unicode.ToLower('Ω')))
	bad := string([]byte{0x61, 0xff, 0x62})
	for _, r := range bad {
		fmt.Print(r, " ")
	}
	fmt.Println(len(bad), []rune(bad))
	fmt.Println(string(rune(0x4e16)), string(rune(-1)) == "\uFFFD", strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.IndexByte("golang", 'l'), strings.IndexRune("chicken", 'k'), strings.IndexFunc("ab3c", unicode.IsDigit), strings.LastIndex("go gopher", "go"))
	fmt.Printf("%q %+q %x % x\n", "ñ", "ñ", "ñ", "hey")
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteRune('α' + rune(i))
		sb.WriteByte('-')
	}
	fmt.Println(sb.String(), sb.Len())
}
