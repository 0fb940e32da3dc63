package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
	"unicode"
)

func MapSeq[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Where[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Lines(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		rest := s
		for rest != "" {
			var line string
			line, rest, _ = strings.Cut(rest, "\n")
			if !yield(line) {
				return
			}
		}
	}
}

const logText = `INFO start server
WARN disk 91%
INFO request /a
ERROR timeout /b
INFO request /c
ERROR refused /d
DEBUG tick`

func main() {
	levels := MapSeq(Lines(logText), func(l string) string { lv, _, _ := strings.Cut(l, " "); return lv })
	counts := map[string]int{}
	for lv := range levels {
		counts[lv]++
	}
	for _, k := range slices.Sorted(maps.Keys(counts)) {
		fmt.Println(k, counts[k])
	}

	errs := Where(Lines(logText), func(l string) bool { return strings.HasPrefix(l, "ERROR") })
	for i, l := range Enumerate(errs) {
		fmt.Printf("#%d %s\n", i, l)
	}

	upper := MapSeq(slices.Values(strings.Fields("hello big wide world")), func(w string) string {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		return string(r)
	})
	fmt.Println(strings.Join(slices.Collect(upper), " "))

	lengths := MapSeq(Lines(logText), func(l string) int { return len(l) })
	fmt.Println(slices.Sorted(lengths))
	fmt.Println(slices.Max(slices.Collect(lengths)))

	for i, l := range Enumerate(Lines(logText)) {
		if i == 2 {
			fmt.Println("third line:", l)
			break
		}
	}
	byLevel := maps.Collect(MapSeq2(Lines(logText)))
	fmt.Println(len(byLevel), byLevel["WARN"], byLevel["DEBUG"])
}

func MapSeq2(seq iter.Seq[string]) iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		for l := range seq {
			k, v, _ := strings.Cut(l, " ")
			if !yield(k, v) {
				return
			}
		}
	}
}
