package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func Encode(s string) string {
	var sb strings.Builder
	runes := []rune(s)
	for i := 0; i < len(runes); {
		j := i
		for j < len(runes) && runes[j] == runes[i] {
			j++
		}
		if n := j - i; n > 1 {
			sb.WriteString(strconv.Itoa(n))
		}
		sb.WriteRune(runes[i])
		i = j
	}
	return sb.String()
}

func Decode(s string) string {
	var sb strings.Builder
	num := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			num = num*10 + int(r-'0')
			continue
		}
		if num == 0 {
			num = 1
		}
		sb.WriteString(strings.Repeat(string(r), num))
		num = 0
	}
	return sb.String()
}

type pair struct {
	b byte
	n int
}

func encodeBytes(b []byte) []pair {
	var out []pair
	for _, c := range b {
		if len(out) > 0 && out[len(out)-1].b == c {
			out[len(out)-1].n++
		} else {
			out = append(out, pair{c, 1})
		}
	}
	return out
}

func main() {
	tests := []string{"", "XYZ", "AABBBCCCC", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "  hsqq qww  ", "ααβ😀😀😀"}
	for _, t := range tests {
		e := Encode(t)
		d := Decode(e)
		fmt.Printf("%q -> %q ok=%v\n", t, e, d == t)
	}
	fmt.Println(encodeBytes([]byte("aaabccdddd")))
	fmt.Printf("%+v\n", encodeBytes([]byte("zz")))
	fmt.Printf("%v %c %U\n", []rune("ααβ"), []rune("ab"), 'α')
	fmt.Println(len("😀"), len([]rune("😀")), []byte("é"))
	fmt.Printf("%x % x %X\n", "héllo", "héllo", []byte("hi"))
}
