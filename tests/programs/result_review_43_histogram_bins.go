package main

import "fmt"

type Bin struct {
	Letter rune
	Count  int32
}

// histogram keeps bins in first-seen order, bumping a bin's count in place.
func histogram(text string) []Bin {
	var bins []Bin
	for _, r := range text {
		if r == ' ' {
			continue
		}
		found := false
		for i := range len(bins) {
			if bins[i].Letter == r {
				bins[i].Count++
				found = true
				break
			}
		}
		if !found {
			bins = append(bins, Bin{r, 1})
		}
	}
	return bins
}

func main() {
	for _, text := range []string{"a", "abba", "a b c a", "hello", "mississippi river"} {
		h := histogram(text)
		fmt.Println(len(h), cap(h))
	}
}
