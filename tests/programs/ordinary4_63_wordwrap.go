package main

import (
	"fmt"
	"strings"
)

const para = "Go is an open source programming language that makes it simple to build secure, scalable systems. It was designed at Google in 2007 to improve programming productivity in an era of multicore, networked machines and large codebases."

func wrap(text string, width int) []string {
	var lines []string
	var cur []string
	curLen := 0
	for _, w := range strings.Fields(text) {
		if curLen > 0 && curLen+1+len(w) > width {
			lines = append(lines, strings.Join(cur, " "))
			cur, curLen = cur[:0], 0
		}
		if curLen > 0 {
			curLen++
		}
		cur = append(cur, w)
		curLen += len(w)
	}
	if len(cur) > 0 {
		lines = append(lines, strings.Join(cur, " "))
	}
	return lines
}

func justify(line string, width int) string {
	words := strings.Fields(line)
	if len(words) < 2 {
		return line
	}
	total := 0
	for _, w := range words {
		total += len(w)
	}
	gaps := len(words) - 1
	spaces := width - total
	var sb strings.Builder
	for i, w := range words {
		sb.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			sb.WriteString(strings.Repeat(" ", n))
		}
	}
	return sb.String()
}

func center(s string, w int) string {
	if len(s) >= w {
		return s
	}
	left := (w - len(s)) / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", w-len(s)-left)
}

func main() {
	for _, w := range []int{40, 25} {
		fmt.Println(strings.Repeat("=", w))
		lines := wrap(para, w)
		for i, l := range lines {
			if i < len(lines)-1 {
				l = justify(l, w)
			}
			fmt.Printf("%s|\n", l)
		}
	}
	fmt.Printf("[%s]\n", center("title", 20))
	fmt.Printf("[%s]\n", center("odd", 8))
	fmt.Printf("[%-20s][%20s]\n", "left", "right")
	fmt.Printf("[%*d][%-*d]\n", 6, 42, 6, 42)
	fmt.Println(len(wrap("", 10)), wrap("supercalifragilistic word", 5))
}
