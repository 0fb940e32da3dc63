package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type KV struct {
	K string
	V int
}

func SortedPairs(m map[string]int) iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

// Diff two sorted key/value streams, printing adds, removals and changes.
func Diff(old, cur iter.Seq2[string, int]) []string {
	var out []string
	nextO, stopO := iter.Pull2(old)
	defer stopO()
	nextC, stopC := iter.Pull2(cur)
	defer stopC()
	ko, vo, okO := nextO()
	kc, vc, okC := nextC()
	for okO || okC {
		switch {
		case okO && (!okC || ko < kc):
			out = append(out, "- "+ko)
			ko, vo, okO = nextO()
		case okC && (!okO || kc < ko):
			out = append(out, "+ "+kc)
			kc, vc, okC = nextC()
		default:
			if vo != vc {
				out = append(out, fmt.Sprintf("~ %s %d->%d", ko, vo, vc))
			}
			ko, vo, okO = nextO()
			kc, vc, okC = nextC()
		}
	}
	return out
}

func main() {
	old := map[string]int{"a": 1, "b": 2, "c": 3, "e": 5}
	cur := map[string]int{"b": 2, "c": 30, "d": 4, "e": 5, "f": 6}
	for _, line := range Diff(SortedPairs(old), SortedPairs(cur)) {
		fmt.Println(line)
	}

	cleaned := false
	seq := func(yield func(int, string) bool) {
		defer func() { cleaned = true }()
		for i, w := range strings.Fields("zero one two three four") {
			if !yield(i, w) {
				return
			}
		}
	}
	next, stop := iter.Pull2(seq)
	i, w, ok := next()
	fmt.Println(i, w, ok)
	i, w, ok = next()
	fmt.Println(i, w, ok)
	fmt.Println("cleaned before stop:", cleaned)
	stop()
	fmt.Println("cleaned after stop:", cleaned)
	i, w, ok = next()
	fmt.Printf("%d %q %v\n", i, w, ok)

	next2, stop2 := iter.Pull2(slices.All([]float64{1.5, 2.5}))
	defer stop2()
	for {
		i, f, ok := next2()
		if !ok {
			break
		}
		fmt.Println(i, f)
	}
	_, _, ok = next2()
	fmt.Println("exhausted:", ok)
}
