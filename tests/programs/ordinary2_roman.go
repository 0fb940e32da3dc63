package main

import (
	"fmt"
	"strings"
)

var values = []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
var symbols = []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}

func toRoman(n int) string {
	var sb strings.Builder
	for i, v := range values {
		for n >= v {
			sb.WriteString(symbols[i])
			n -= v
		}
	}
	return sb.String()
}

func fromRoman(s string) (int, error) {
	m := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := m[s[i]]
		if !ok {
			return 0, fmt.Errorf("invalid roman digit %q at %d", s[i], i)
		}
		if i+1 < len(s) && m[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999} {
		r := toRoman(n)
		back, err := fromRoman(r)
		fmt.Printf("%4d -> %-12s -> %d %v\n", n, r, back, err)
	}
	_, err := fromRoman("MCMZ")
	fmt.Println(err)
	var sb strings.Builder
	for i := range 12 {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(toRoman(i + 1))
	}
	fmt.Println(sb.String(), sb.Len())
}
