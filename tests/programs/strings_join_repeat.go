package main

import (
	"fmt"
	"strings"
)

func tryRepeat(s string, n int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("Repeat(%q,%d) panicked: %v\n", s, n, r)
			if e, ok := r.(error); ok {
				fmt.Println("  is error:", e.Error())
			} else {
				fmt.Printf("  non-error type %T\n", r)
			}
		}
	}()
	out := strings.Repeat(s, n)
	if len(out) > 40 {
		fmt.Printf("Repeat(%q,%d) len=%d head=%q\n", s, n, len(out), out[:20])
		return
	}
	fmt.Printf("Repeat(%q,%d)=%q len=%d\n", s, n, out, len(out))
}

func main() {
	joins := [][]string{nil, {}, {""}, {"", ""}, {"a"}, {"a", "b"}, {"a", "", "c"},
		{"日本", "語"}, {"\xff", "\xfe"}, {"x", "y", "z", "w"}}
	seps := []string{"", ",", ", ", "世", "\x00"}
	for _, j := range joins {
		for _, s := range seps {
			fmt.Printf("%q ", strings.Join(j, s))
		}
		fmt.Printf(" <- %q nil=%v\n", j, j == nil)
	}
	tryRepeat("ab", 0)
	tryRepeat("", 0)
	tryRepeat("", 1000000)
	tryRepeat("x", 1)
	tryRepeat("ab", 3)
	tryRepeat("日", 5)
	tryRepeat("\xff", 4)
	tryRepeat("-", 100)
	tryRepeat("abc", 37)
	tryRepeat("ab", -1)
	tryRepeat("", -1)
	tryRepeat("x", -100)
	tryRepeat("ab", int(^uint(0)>>1))
	tryRepeat("", int(^uint(0)>>1))
	// Join/Split roundtrip
	for _, s := range []string{"a,b,c", ",", "", "a,,b,"} {
		parts := strings.Split(s, ",")
		fmt.Printf("%q -> %q -> %q %v\n", s, parts, strings.Join(parts, ","), strings.Join(parts, ",") == s)
	}
	big := make([]string, 50)
	for i := range big {
		big[i] = strings.Repeat("z", i%4)
	}
	res := strings.Join(big, "|")
	fmt.Println(len(res), strings.Count(res, "|"), strings.Count(res, "z"))
}
