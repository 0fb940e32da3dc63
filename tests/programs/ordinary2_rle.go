package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func encode(s string) string {
	if s == "" {
		return ""
	}
	var sb strings.Builder
	rs := []rune(s)
	count := 1
	for i := 1; i <= len(rs); i++ {
		if i < len(rs) && rs[i] == rs[i-1] {
			count++
			continue
		}
		if count > 1 {
			sb.WriteString(strconv.Itoa(count))
		}
		sb.WriteRune(rs[i-1])
		count = 1
	}
	return sb.String()
}

func decode(s string) (string, error) {
	var sb strings.Builder
	num := 0
	for i, r := range s {
		if unicode.IsDigit(r) {
			num = num*10 + int(r-'0')
			continue
		}
		if r == ' ' && num == 0 && i == 0 {
			return "", fmt.Errorf("leading space")
		}
		if num == 0 {
			num = 1
		}
		sb.WriteString(strings.Repeat(string(r), num))
		num = 0
	}
	if num != 0 {
		return "", fmt.Errorf("dangling count %d", num)
	}
	return sb.String(), nil
}

func main() {
	tests := []string{"", "a", "aaabccddddde", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "ééé€€x", "abc"}
	for _, t := range tests {
		e := encode(t)
		d, err := decode(e)
		ratio := 0.0
		if len(t) > 0 {
			ratio = float64(len(e)) / float64(len(t))
		}
		fmt.Printf("%q -> %q ok=%t err=%v ratio=%.3f\n", t, e, d == t, err, ratio)
	}
	_, err := decode("3a4")
	fmt.Println(err)
	_, err = decode(" x")
	fmt.Println(err)
}
