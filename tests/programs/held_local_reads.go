package main

import (
	"fmt"
	"sort"
	"strings"
)

// Index maps a word to the lines it is on.
type Index map[string][]int

// Add notes that word is on line, once per line.
func (ix Index) Add(word string, line int) {
	lines := ix[word]
	if len(lines) > 0 && lines[len(lines)-1] == line {
		return
	}
	ix[word] = append(lines, line)
}

type Board struct {
	cols [][]rune
}

// Drop puts r on top of column c.
func (b *Board) Drop(c int, r rune) {
	col := b.cols[c]
	col = col[:len(col):len(col)]
	b.cols[c] = append(col, r)
}

func main() {
	text := "the quick brown fox\njumps over the lazy dog\nthe dog sleeps\na fox runs over the hill the end"
	ix := Index{}
	for n, line := range strings.Split(text, "\n") {
		for _, w := range strings.Fields(line) {
			ix.Add(w, n+1)
		}
	}
	words := make([]string, 0, len(ix))
	for w := range ix {
		words = append(words, w)
	}
	sort.Strings(words)
	for _, w := range words {
		fmt.Println(w, ix[w], len(ix[w]), cap(ix[w]))
	}
	b := &Board{cols: make([][]rune, 3)}
	for i, r := range "abcdefgh" {
		b.Drop(i%3, r)
	}
	for i, col := range b.cols {
		fmt.Println(i, string(col), len(col), cap(col))
	}
}
