package main

import (
	"fmt"
	"strconv"
	"strings"
)

func commas(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	var parts []string
	for len(s) > 3 {
		parts = append([]string{s[len(s)-3:]}, parts...)
		s = s[:len(s)-3]
	}
	parts = append([]string{s}, parts...)
	out := strings.Join(parts, ",")
	if neg {
		return "-" + out
	}
	return out
}

func humanBytes(b uint64) string {
	const unit = 1024
	if b < unit {
		return fmt.Sprintf("%d B", b)
	}
	div, exp := uint64(unit), 0
	for n := b / unit; n >= unit; n /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(b)/float64(div), "KMGTPE"[exp])
}

func ordinal(n int) string {
	suffix := "th"
	switch n % 10 {
	case 1:
		suffix = "st"
	case 2:
		suffix = "nd"
	case 3:
		suffix = "rd"
	}
	if n%100 >= 11 && n%100 <= 13 {
		suffix = "th"
	}
	return strconv.Itoa(n) + suffix
}

func main() {
	for _, n := range []int64{0, 7, 999, 1000, -1234, 1234567, -987654321, 9223372036854775807} {
		fmt.Printf("%22d -> %s\n", n, commas(n))
	}
	for _, b := range []uint64{0, 1023, 1024, 1536, 1048576, 5368709120, 1 << 62} {
		fmt.Println(b, humanBytes(b))
	}
	var ords []string
	for _, n := range []int{1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 1003} {
		ords = append(ords, ordinal(n))
	}
	fmt.Println(strings.Join(ords, " "))
	fmt.Printf("%8.2f|%-8.2f|%08.2f|% d|%x\n", 1234.5, 3.14159, -2.5, 42, -255)
}
