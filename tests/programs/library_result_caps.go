package main

import (
	"fmt"
	"strings"
	"unicode"
)

func show(label string, parts []string) {
	fmt.Printf("%-28s %q len=%d cap=%d nil=%v\n", label, parts, len(parts), cap(parts), parts == nil)
}

func main() {
	inputs := []string{"", " ", "a", "a,b,c", ",a,,b,", "a,b,c,d,e,f,g,h,i,j,k", "héllo, wörld", "日本,語,"}
	for _, s := range inputs {
		show("Split "+s, strings.Split(s, ","))
		show("Split empty sep "+s, strings.Split(s, ""))
		show("SplitAfter "+s, strings.SplitAfter(s, ","))
		for _, n := range []int{-1, 0, 1, 2, 3, 50} {
			show(fmt.Sprint("SplitN ", n, " ", s), strings.SplitN(s, ",", n))
			show(fmt.Sprint("SplitAfterN ", n, " ", s), strings.SplitAfterN(s, ",", n))
			show(fmt.Sprint("SplitN empty sep ", n, " ", s), strings.SplitN(s, "", n))
		}
	}
	for _, s := range []string{"", "   ", "one", "  two words  ", "a b c d e f g h i j k l m n o p q", "tab\tand\nnewline", "non\u00a0ascii space", "ünïcödé  wörds"} {
		show("Fields "+s, strings.Fields(s))
		show("FieldsFunc "+s, strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || unicode.IsPunct(r) }))
	}
	// A stateful splitter: called once per rune, in order.
	calls := 0
	quoted := false
	f := func(r rune) bool {
		calls++
		if r == '"' {
			quoted = !quoted
		}
		return !quoted && r == ' '
	}
	show("quoted", strings.FieldsFunc(`a "b c" d "e f g" h`, f))
	fmt.Println("calls", calls)

	// What the caller then does with them.
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	fmt.Println(len(words), cap(words))
	rows := strings.Split("x=1;y=2;z=3", ";")
	kept := rows[:0]
	for _, r := range rows {
		if !strings.HasPrefix(r, "y") {
			kept = append(kept, r)
		}
	}
	fmt.Println(kept, len(kept), cap(kept), rows)
	head := rows[:1]
	head = append(head, "w=0")
	fmt.Println(head, rows, cap(head))
}
