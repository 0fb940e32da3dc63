package main

import (
	"fmt"
	"strings"
)

func table(headers []string, rows [][]string) string {
	widths := make([]int, len(headers))
	for i, h := range headers {
		widths[i] = len(h)
	}
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], len(c))
		}
	}
	var sb strings.Builder
	line := func() {
		sb.WriteByte('+')
		for _, w := range widths {
			sb.WriteString(strings.Repeat("-", w+2))
			sb.WriteByte('+')
		}
		sb.WriteByte('\n')
	}
	row := func(cells []string) {
		sb.WriteByte('|')
		for i, c := range cells {
			fmt.Fprintf(&sb, " %-*s |", widths[i], c)
		}
		sb.WriteByte('\n')
	}
	line()
	row(headers)
	line()
	for _, r := range rows {
		row(r)
	}
	line()
	return sb.String()
}

func main() {
	fmt.Print(table([]string{"Name", "Qty", "Note"}, [][]string{
		{"apple", "3", "red"},
		{"watermelon", "1", ""},
		{"kiwi", "12", "fuzzy fruit"},
	}))
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.String() == "")
	for i := 0; i < 5; i++ {
		sb.WriteRune('α' + rune(i))
	}
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	sb.Grow(64)
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("liftoff")
	fmt.Println(sb.String())
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	fmt.Println(strings.Title("x") == "X", strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, "banana"))
}
