package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type Run struct {
	Ch rune
	N  int
}

func Runs(s string) []Run {
	var runs []Run
	for _, r := range s {
		if n := len(runs); n > 0 && runs[n-1].Ch == r {
			runs[n-1].N++
		} else {
			runs = append(runs, Run{r, 1})
		}
	}
	return runs
}

func Encode(s string) string {
	var b strings.Builder
	for _, r := range Runs(s) {
		if r.N > 1 {
			b.WriteString(strconv.Itoa(r.N))
		}
		b.WriteRune(r.Ch)
	}
	return b.String()
}

func Decode(s string) (string, error) {
	var b strings.Builder
	num := 0
	for i, r := range s {
		if unicode.IsDigit(r) {
			num = num*10 + int(r-'0')
			continue
		}
		if num == 0 {
			num = 1
		}
		if num > 1000 {
			return "", fmt.Errorf("run too long at byte %d", i)
		}
		b.WriteString(strings.Repeat(string(r), num))
		num = 0
	}
	if num != 0 {
		return "", errors.New("dangling count")
	}
	return b.String(), nil
}

func main() {
	tests := []string{"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabcccccaaa", "", "ééé ñ  日日", "x"}
	for _, t := range tests {
		e := Encode(t)
		d, err := Decode(e)
		fmt.Printf("%q -> %q roundtrip=%v err=%v\n", t, e, d == t, err)
	}
	rs := Runs("aaabccddddd")
	fmt.Println(rs, len(rs), cap(rs))
	fmt.Printf("%v %+v\n", rs[0], rs[len(rs)-1])
	for _, bad := range []string{"3a4", "2000x", "12"} {
		_, err := Decode(bad)
		fmt.Println(bad, "->", err)
	}
	ratio := float64(len(Encode(tests[0]))) / float64(len(tests[0]))
	fmt.Printf("ratio %.3f %v\n", ratio, ratio)
}
