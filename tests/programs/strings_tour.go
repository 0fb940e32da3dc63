package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

func main() {
	s := "Hello, Wörld! ΑΒΓ абв ǅ ß"
	fmt.Println(strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), strings.Title("hello wörld-foo_bar"))
	fmt.Println(strings.Fields("  a b\u00a0c\u3000d  "), strings.Split("a,b,,c", ","), strings.SplitN("a,b,c", ",", 2), strings.SplitAfter("a,b", ","), strings.Split("héé", ""))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("σς", "ΣΣ"), strings.EqualFold("K", "\u212a"), strings.EqualFold("İ", "i"))
	fmt.Println(strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("abc", "", "-"), strings.Repeat("ab", 3), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.IndexAny("golang", "y"), strings.IndexRune("chicken", 'k'), strings.IndexRune("a\xffb", unicode.ReplacementChar))
	fmt.Printf("%q %q %q %q\n", strings.TrimSpace(" \t x y \n"), strings.Trim("xxhixx", "x"), strings.TrimLeft("¡¡¡Hello!!!", "!¡"), strings.TrimFunc("123abc456", unicode.IsDigit))
	b, a, f := strings.Cut("key=value", "=")
	fmt.Println(b, a, f)
	b, a, f = strings.CutLast("a=b=c", "=")
	fmt.Println(b, a, f)
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d-", i)
	}
	sb.WriteRune('世')
	sb.WriteByte('!')
	fmt.Println(sb.String(), sb.Len())
	r := strings.NewReader("abcdef")
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		fmt.Println(n, err, string(buf[:n]))
		if err == io.EOF {
			break
		}
	}
	rep := strings.NewReplacer("a", "1", "aa", "2", "b", "")
	fmt.Println(rep.Replace("aaab abba"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana\xff"))
	fmt.Println(strings.ToValidUTF8("a\xff\xfeb\xffc", "?"), strings.Join([]string{"x", "y", "z"}, ", "))
	fmt.Printf("%q %+q\n", "\u0378\u00ad\U0010ffff", "héllo")
}
