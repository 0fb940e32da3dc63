package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

var scripts = []struct {
	name  string
	table *unicode.RangeTable
}{
	{"Latin", unicode.Latin}, {"Greek", unicode.Greek}, {"Cyrillic", unicode.Cyrillic},
	{"Han", unicode.Han},
}

func main() {
	counts := map[string]int{}
	class := map[string]int{}
	in := bufio.NewScanner(os.Stdin)
	lineNo := 0
	for in.Scan() {
		lineNo++
		line := in.Text()
		if !utf8.ValidString(line) {
			fmt.Printf("line %d: invalid UTF-8 (%d bytes), fixed: %q\n", lineNo, len(line), strings.ToValidUTF8(line, "?"))
			continue
		}
		upper := 0
		for _, r := range line {
			switch {
			case unicode.IsUpper(r):
				class["upper"]++
				upper++
			case unicode.IsLower(r):
				class["lower"]++
			case unicode.IsLetter(r):
				class["other-letter"]++
			case unicode.IsDigit(r):
				class["digit"]++
			case unicode.IsNumber(r):
				class["number"]++
			case unicode.IsSpace(r):
				class["space"]++
			case unicode.IsPunct(r):
				class["punct"]++
			case unicode.IsSymbol(r):
				class["symbol"]++
			case unicode.IsMark(r):
				class["mark"]++
			default:
				class["other"]++
			}
			known := false
			for _, s := range scripts {
				if unicode.Is(s.table, r) {
					counts[s.name]++
					known = true
				}
			}
			if !known && unicode.IsLetter(r) {
				counts["(other script)"]++
			}
			if unicode.In(r, unicode.Greek, unicode.Cyrillic) && unicode.IsUpper(r) {
				counts["(upper Greek/Cyrillic)"]++
			}
		}
		first, size := utf8.DecodeRuneInString(line)
		last, lsize := utf8.DecodeLastRuneInString(line)
		fmt.Printf("line %d: bytes=%d runes=%d upper=%d first=%q(%d) last=%q(%d)\n",
			lineNo, len(line), utf8.RuneCountInString(line), upper, first, size, last, lsize)
	}
	var names []string
	for k := range counts {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool {
		if counts[names[i]] != counts[names[j]] {
			return counts[names[i]] > counts[names[j]]
		}
		return names[i] < names[j]
	})
	for _, n := range names {
		fmt.Printf("  %-22s %3d\n", n, counts[n])
	}
	var cls []string
	for k, v := range class {
		cls = append(cls, fmt.Sprintf("%s=%d", k, v))
	}
	sort.Strings(cls)
	fmt.Println(strings.Join(cls, " "))
	for _, r := range []rune{'ǅ', 'ß', 'Ω', '٣', 'Ⅻ', '€', '\u0301', 'İ', 'ﬁ'} {
		fmt.Printf("%U %c title=%v upper=%c lower=%c title=%c simplefold=%c len=%d\n", r, r, unicode.IsTitle(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r), utf8.RuneLen(r))
	}
	buf := utf8.AppendRune(nil, '世')
	fmt.Println(buf, utf8.FullRune(buf[:2]), utf8.RuneStart(buf[1]), string([]rune("héllo")[1:3]), []byte("é"))
}
