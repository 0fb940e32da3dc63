package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
)

func countChunk(lines []string) map[string]int {
	m := make(map[string]int)
	for _, l := range lines {
		words := strings.FieldsFunc(strings.ToLower(l), func(r rune) bool {
			return !(r >= 'a' && r <= 'z') && r != '\''
		})
		for _, w := range words {
			w = strings.Trim(w, "'")
			if len(w) > 0 {
				m[w]++
			}
		}
	}
	return m
}

func main() {
	var lines []string
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	const workers = 4
	chunk := (len(lines) + workers - 1) / workers
	total := make(map[string]int)
	var mu sync.Mutex
	var wg sync.WaitGroup
	merges := 0
	for w := 0; w < workers; w++ {
		lo := w * chunk
		if lo >= len(lines) {
			break
		}
		hi := lo + chunk
		if hi > len(lines) {
			hi = len(lines)
		}
		wg.Add(1)
		go func(part []string) {
			defer wg.Done()
			local := countChunk(part)
			mu.Lock()
			defer mu.Unlock()
			for k, v := range local {
				total[k] += v
			}
			merges++
		}(lines[lo:hi])
	}
	wg.Wait()

	type kv struct {
		word  string
		count int
	}
	var list []kv
	sum := 0
	for k, v := range total {
		list = append(list, kv{k, v})
		sum += v
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	fmt.Printf("lines=%d merges=%d distinct=%d words=%d\n", len(lines), merges, len(list), sum)
	for i, e := range list {
		if i == 12 {
			break
		}
		fmt.Printf("%-8s %3d %s\n", e.word, e.count, strings.Repeat("#", e.count))
	}
	var singles []string
	for _, e := range list {
		if e.count == 1 && len(e.word) > 6 {
			singles = append(singles, e.word)
		}
	}
	fmt.Println("long hapaxes:", strings.Join(singles, " "))
}
