package main

import (
	"fmt"
	"strings"
)

func show(name string, r []string) {
	fmt.Printf("%s len=%d nil=%v %q\n", name, len(r), r == nil, r)
}

func main() {
	inputs := []string{"", "a", "a,b,c", ",a,,b,", ",", "日,本,語", "\xff,\xfe,", "line1\nline2\n", "abc"}
	for _, s := range inputs {
		show(fmt.Sprintf("SplitAfter(%q,\",\")", s), strings.SplitAfter(s, ","))
		show(fmt.Sprintf("SplitAfter(%q,\"\")", s), strings.SplitAfter(s, ""))
		show(fmt.Sprintf("SplitAfter(%q,\"\\n\")", s), strings.SplitAfter(s, "\n"))
	}
	for _, s := range []string{"a,b,c,d", "", "日本\xff語", ",,,"} {
		for _, n := range []int{-2, -1, 0, 1, 2, 3, 4, 5, 100} {
			show(fmt.Sprintf("SplitAfterN(%q,\",\",%d)", s, n), strings.SplitAfterN(s, ",", n))
		}
		for _, n := range []int{-1, 0, 1, 2, 10} {
			show(fmt.Sprintf("SplitAfterN(%q,\"\",%d)", s, n), strings.SplitAfterN(s, "", n))
		}
	}
	// Concatenating SplitAfter pieces reconstructs the input
	for _, s := range inputs {
		ok := strings.Join(strings.SplitAfter(s, ","), "") == s &&
			strings.Join(strings.SplitAfter(s, ""), "") == s &&
			strings.Join(strings.SplitAfterN(s, ",", 2), "") == s
		fmt.Print(ok, " ")
	}
	fmt.Println()
	show("multi-byte sep", strings.SplitAfter("a::b::::c", "::"))
	show("sep longer", strings.SplitAfter("ab", "abc"))
	show("sep equal", strings.SplitAfter("abc", "abc"))
}
