// Text wrapping and justification
package main

import (
	"fmt"
	"strings"
)

func wrap(text string, width int) []string {
	words := strings.Fields(text)
	var lines []string
	var cur []string
	curLen := 0
	for _, w := range words {
		if curLen+len(w)+len(cur) > width && len(cur) > 0 {
			lines = append(lines, strings.Join(cur, " "))
			cur = cur[:0]
			curLen = 0
		}
		cur = append(cur, w)
		curLen += len(w)
	}
	if len(cur) > 0 {
		lines = append(lines, strings.Join(cur, " "))
	}
	return lines
}

func center(s string, width int) string {
	if len(s) >= width {
		return s
	}
	pad := width - len(s)
	return strings.Repeat(" ", pad/2) + s + strings.Repeat(" ", pad-pad/2)
}

func main() {
	text := `Go is an open source programming language that makes it simple to build
	secure, scalable systems. It was designed at Google in 2007 to improve programming
	productivity in an era of multicore, networked machines and large codebases.`
	for _, w := range []int{30, 45} {
		fmt.Println(strings.Repeat("=", w))
		for _, l := range wrap(text, w) {
			fmt.Printf("|%-*s|\n", w, l)
		}
	}
	fmt.Println(strings.Repeat("=", 30))
	for _, l := range wrap("short words fit", 30) {
		fmt.Printf("[%s]\n", center(l, 30))
	}
	fmt.Printf("[%10.4s]\n", "truncated")
}
