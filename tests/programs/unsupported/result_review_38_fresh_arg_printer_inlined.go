package main

import "fmt"

func dump(rs []rune) {
	fmt.Println(rs)
}

func collect(dst []rune, src string) {
	for _, r := range src {
		if r != ' ' {
			dst = append(dst, r)
		}
	}
	dump(dst)
	fmt.Println(len(dst), cap(dst))
}

func main() {
	collect([]rune{}, "a b c d e")
	collect(make([]rune, 0), "abc")
	collect(nil, "héllo wörld")
}
