package main

import (
	"errors"
	"fmt"
	"strings"
)

var table = []struct {
	val int
	sym string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
	{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"},
	{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

func ToRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("out of range: %d", n)
	}
	var sb strings.Builder
	for _, e := range table {
		for n >= e.val {
			sb.WriteString(e.sym)
			n -= e.val
		}
	}
	return sb.String(), nil
}

var values = map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}

func FromRoman(s string) (int, error) {
	if s == "" {
		return 0, errors.New("empty")
	}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := values[s[i]]
		if !ok {
			return 0, fmt.Errorf("bad char %q at %d", s[i], i)
		}
		if i+1 < len(s) && v < values[s[i+1]] {
			total -= v
		} else {
			total += v
		}
	}
	return total, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		r, err := ToRoman(n)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		back, _ := FromRoman(r)
		fmt.Printf("%4d => %-12s => %d\n", n, r, back)
	}
	for _, s := range []string{"MCMXCIV", "XLII", "ABC", "", "mmx"} {
		n, err := FromRoman(s)
		fmt.Printf("%q: %d %v\n", s, n, err)
	}
	sum := 0
	for i := 1; i <= 100; i++ {
		r, _ := ToRoman(i)
		sum += len(r)
	}
	fmt.Println("total chars 1..100:", sum)
}
