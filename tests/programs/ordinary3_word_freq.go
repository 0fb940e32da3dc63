package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.`

type WordCount struct {
	Word  string
	Count int
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	counts := map[string]int{}
	total := 0
	for sc.Scan() {
		w := strings.TrimFunc(sc.Text(), func(r rune) bool { return !unicode.IsLetter(r) })
		if w == "" {
			continue
		}
		counts[strings.ToLower(w)]++
		total++
	}
	var wcs []WordCount
	for w, c := range counts {
		wcs = append(wcs, WordCount{w, c})
	}
	sort.Slice(wcs, func(i, j int) bool {
		if wcs[i].Count != wcs[j].Count {
			return wcs[i].Count > wcs[j].Count
		}
		return wcs[i].Word < wcs[j].Word
	})
	fmt.Println("total words:", total, "distinct:", len(wcs))
	for i, wc := range wcs {
		if i >= 8 {
			break
		}
		pct := 100 * float64(wc.Count) / float64(total)
		fmt.Printf("%-8s %3d %5.1f%% %s\n", wc.Word, wc.Count, pct, strings.Repeat("*", wc.Count))
	}
	byFirst := map[rune][]string{}
	for _, wc := range wcs {
		r := []rune(wc.Word)[0]
		byFirst[r] = append(byFirst[r], wc.Word)
	}
	letters := make([]rune, 0, len(byFirst))
	for r := range byFirst {
		letters = append(letters, r)
	}
	sort.Slice(letters, func(i, j int) bool { return letters[i] < letters[j] })
	for _, r := range letters {
		ws := byFirst[r]
		sort.Strings(ws)
		fmt.Printf("%c: %s\n", r, strings.Join(ws, ", "))
	}
	longest := ""
	for w := range counts {
		if len(w) > len(longest) || (len(w) == len(longest) && w < longest) {
			longest = w
		}
	}
	fmt.Println("longest:", longest)
}
