package main

import (
	"fmt"
	"strings"
)

func main() {
	inputs := []string{"", "a", "a,b,c", ",a,,b,", ",", ",,", "日,本,語", "a\xff,b\xfe", "abc"}
	seps := []string{",", "", ",,", "b", "\xff"}
	for _, s := range inputs {
		for _, sep := range seps {
			r := strings.Split(s, sep)
			fmt.Printf("Split(%q,%q) len=%d %q\n", s, sep, len(r), r)
		}
	}
	ns := []int{-1, 0, 1, 2, 3, 10}
	for _, s := range []string{"a,b,c,d", "", "日本語", "x\xff\xfey", ",,"} {
		for _, sep := range []string{",", ""} {
			fmt.Printf("SplitN(%q,%q):", s, sep)
			for _, n := range ns {
				r := strings.SplitN(s, sep, n)
				fmt.Printf(" n=%d:%q", n, r)
				if r == nil {
					fmt.Print("(nil)")
				}
			}
			fmt.Println()
		}
	}
	r := strings.Split("a b c", " ")
	fmt.Println(len(r), cap(r) >= 3)
	parts := strings.Split("1.2.3.4.5.6.7.8.9.10", ".")
	sum := 0
	for _, p := range parts {
		for _, c := range p {
			sum += int(c - '0')
		}
	}
	fmt.Println("digit sum", sum, len(parts))
}
