package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	hay := []string{"", "chicken", "a\xffb\xff", "héllo wörld", "日本語日本語", "\uFFFDx\xff", "aaaab"}
	subs := []string{"", "ken", "dmr", "\xff", "ö", "本語", "\uFFFD", "aab", "x", "b"}
	for _, h := range hay {
		fmt.Printf("%+q Index:", h)
		for _, s := range subs {
			fmt.Printf(" %d", strings.Index(h, s))
		}
		fmt.Print(" | LastIndex:")
		for _, s := range subs {
			fmt.Printf(" %d", strings.LastIndex(h, s))
		}
		fmt.Println()
	}
	chars := []string{"", "xyz", "ök", "\xff", "\uFFFD", "語本", "\x80\x81", "a"}
	for _, h := range hay {
		fmt.Printf("%+q IndexAny:", h)
		for _, c := range chars {
			fmt.Printf(" %d", strings.IndexAny(h, c))
		}
		fmt.Print(" | LastIndexAny:")
		for _, c := range chars {
			fmt.Printf(" %d", strings.LastIndexAny(h, c))
		}
		fmt.Println()
	}
	bytes := []byte{'a', 'b', 0xff, 0xe6, 0x9c, 0, 'x'}
	for _, h := range hay {
		fmt.Printf("%+q IndexByte/LastIndexByte:", h)
		for _, b := range bytes {
			fmt.Printf(" %d/%d", strings.IndexByte(h, b), strings.LastIndexByte(h, b))
		}
		fmt.Println()
	}
	runes := []rune{'k', 'ö', '語', utf8.RuneError, -1, 0xD800, 0x10FFFF, 0x110000, 'b', 0}
	for _, h := range hay {
		fmt.Printf("%+q IndexRune:", h)
		for _, r := range runes {
			fmt.Printf(" %d", strings.IndexRune(h, r))
		}
		fmt.Println()
	}
	long := strings.Repeat("ab", 100) + "abc" + strings.Repeat("ab", 50)
	fmt.Println(strings.Index(long, "abc"), strings.LastIndex(long, "ba"), strings.Index(long, "abcab"), strings.IndexRune(long, 'c'))
}
