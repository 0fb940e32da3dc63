// strings.Builder and common strings functions
package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d-", i)
	}
	sb.WriteString("end")
	sb.WriteByte('!')
	sb.WriteRune('é')
	fmt.Println(sb.String(), sb.Len())

	s := "Go is an open source programming language"
	fmt.Println(strings.Contains(s, "open"))
	fmt.Println(strings.ContainsRune(s, 'z'))
	fmt.Println(strings.Count(s, "o"))
	fmt.Println(strings.HasPrefix(s, "Go"), strings.HasSuffix(s, "age"))
	fmt.Println(strings.Index(s, "source"), strings.LastIndex(s, "g"))
	fmt.Println(strings.Split("a,b,c,,d", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Println(strings.ToUpper(s))
	fmt.Println(strings.Title("hello"))
	fmt.Println(strings.Repeat("ab", 4))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.ReplaceAll("oink oink oink", "oink", "moo"))
	fmt.Printf("[%s]\n", strings.TrimSpace("   padded \t\n"))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Println(strings.EqualFold("GoLang", "golang"))
	fmt.Println(strings.Fields("  a  b   c "), len(strings.Fields("  a  b   c ")))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
}
