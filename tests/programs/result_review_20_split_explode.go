package main

import (
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{"", "abc", "héllo", "a\xffb"} {
		for _, n := range []int{-1, 0, 1, 2, 10} {
			p := strings.SplitN(s, "", n)
			fmt.Printf("%q n=%d len=%d cap=%d %q\n", s, n, len(p), cap(p), p)
		}
		all := strings.Split(s, "")
		fmt.Println(len(all), cap(all))
	}
}
