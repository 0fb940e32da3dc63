package main

import "fmt"

const text = `the quick brown fox jumps over the lazy dog
The dog barks; the fox runs. A quick, quick fox!
over and over and OVER again`

func isLetter(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func words(s string) []string {
	var out []string
	var cur []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isLetter(c) {
			cur = append(cur, lower(c))
			continue
		}
		if len(cur) > 0 {
			out = append(out, string(cur))
			cur = cur[:0]
		}
	}
	if len(cur) > 0 {
		out = append(out, string(cur))
	}
	return out
}

type Entry struct {
	Word  string
	Count int
}

func sortEntries(es []Entry) {
	// Insertion sort: by count descending, then word ascending.
	for i := 1; i < len(es); i++ {
		for j := i; j > 0; j-- {
			a, b := es[j-1], es[j]
			if a.Count > b.Count || a.Count == b.Count && a.Word <= b.Word {
				break
			}
			es[j-1], es[j] = b, a
		}
	}
}

func main() {
	ws := words(text)
	fmt.Println("words:", len(ws))

	counts := map[string]int{}
	for _, w := range ws {
		counts[w]++
	}
	fmt.Println("distinct:", len(counts))

	var entries []Entry
	for w, c := range counts {
		entries = append(entries, Entry{w, c})
	}
	sortEntries(entries)
	for _, e := range entries[:8] {
		fmt.Printf("%-6s %d\n", e.Word, e.Count)
	}

	// fmt prints maps with sorted keys.
	fmt.Println(counts)

	// Letter frequencies and the most common letter, order-independent.
	letters := map[byte]int{}
	for _, w := range ws {
		for i := 0; i < len(w); i++ {
			letters[w[i]]++
		}
	}
	best, bestN := byte(0), -1
	for c, n := range letters {
		if n > bestN || n == bestN && c < best {
			best, bestN = c, n
		}
	}
	fmt.Printf("most common letter %c (%d)\n", best, bestN)

	// Counts of counts.
	hist := map[int]int{}
	for _, c := range counts {
		hist[c]++
	}
	fmt.Println("histogram:", hist)

	// Words by length, summed in a fixed-size array.
	var byLen [10]int
	for w := range counts {
		byLen[len(w)]++
	}
	fmt.Println("by length:", byLen)

	total := 0
	for _, c := range counts {
		total += c
	}
	fmt.Println("total == len(words):", total == len(ws))
}
