package main

import (
	"fmt"
	"slices"
	"strings"
)

type Tag string

func normalize(tags []string) []string {
	out := make([]string, 0, len(tags))
	for _, t := range tags {
		out = append(out, strings.ToLower(strings.TrimSpace(t)))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func main() {
	ids := []int{5, 3, 9, 3, 1, 5, 5, 7, 9, 1, 2}
	sorted := slices.Clone(ids)
	slices.Sort(sorted)
	fmt.Println("sorted:", sorted)
	uniq := slices.Compact(slices.Clone(sorted))
	fmt.Println("unique:", uniq, "len", len(uniq))
	fmt.Println("original untouched:", ids)

	tags := []string{" Go", "rust", "go ", "Zig", "RUST", "c", "C", "zig"}
	fmt.Println("tags:", normalize(tags))

	// CompactFunc: collapse runs of whitespace-equivalent lines
	lines := []string{"a", "A", "b", "B", "b", "c", "a"}
	folded := slices.CompactFunc(slices.Clone(lines), strings.EqualFold)
	fmt.Printf("folded: %q\n", folded)

	// dedup of defined string type
	ts := []Tag{"x", "y", "x", "z", "y"}
	slices.Sort(ts)
	ts = slices.Compact(ts)
	fmt.Println("tags:", ts, len(ts))

	// runs of equal values (run-length encoding) using Compact afterwards
	data := []byte("aaabccddddde")
	var counts []int
	var letters []byte
	for i := 0; i < len(data); {
		j := i
		for j < len(data) && data[j] == data[i] {
			j++
		}
		letters = append(letters, data[i])
		counts = append(counts, j-i)
		i = j
	}
	fmt.Println(string(letters), counts)
	fmt.Println(string(slices.Compact(slices.Clone(data))))

	// compare by Equal with compacted version
	fmt.Println("has dups:", !slices.Equal(sorted, uniq))
	fmt.Println("uniq has dups:", len(slices.Compact(slices.Clone(uniq))) != len(uniq))

	empty := slices.Compact([]int(nil))
	fmt.Println("empty compact:", empty == nil, len(empty))
}
