package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

func main() {
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(os.Stdin)
		for sc.Scan() {
			lines <- sc.Text()
		}
		if err := sc.Err(); err != nil {
			fmt.Fprintln(os.Stderr, "scan error:", err)
		}
		close(lines)
	}()
	type result struct {
		word string
		n    int
	}
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for l := range lines {
				f := strings.Fields(l)
				if len(f) != 2 {
					continue
				}
				n, err := strconv.Atoi(f[1])
				if err != nil {
					results <- result{f[0], -1}
					continue
				}
				results <- result{f[0], n}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	totals := map[string]int{}
	count := 0
	for r := range results {
		totals[r.word] += r.n
		count++
	}
	keys := make([]string, 0, len(totals))
	for k := range totals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	fmt.Fprintln(out, "records:", count)
	for _, k := range keys {
		fmt.Fprintf(out, "%-8s %5d\n", k, totals[k])
	}
}
