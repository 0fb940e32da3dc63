package main

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

type Stat struct {
	Line  int
	Words int
	Chars int
	Sum   int
}

func analyze(i int, line string) Stat {
	fields := strings.Fields(line)
	s := Stat{Line: i + 1, Words: len(fields), Chars: len(line)}
	for _, f := range fields {
		if n, err := strconv.Atoi(f); err == nil {
			s.Sum += n
		}
	}
	return s
}

func main() {
	input := `alpha 1 beta 2
gamma 30 delta
10 20 30 40 50
the quick brown fox
99
x y z 7 8 9`
	lines := strings.Split(input, "\n")
	stats := make([]Stat, len(lines))
	errs := make([]error, len(lines))
	var wg sync.WaitGroup
	for i, line := range lines {
		wg.Add(1)
		go func(i int, line string) {
			defer wg.Done()
			stats[i] = analyze(i, line)
			if stats[i].Sum == 0 {
				errs[i] = fmt.Errorf("line %d: no numbers", i+1)
			}
		}(i, line)
	}
	wg.Wait()
	totalWords, totalSum := 0, 0
	for i, s := range stats {
		fmt.Printf("%d: words=%d chars=%d sum=%d err=%v\n", s.Line, s.Words, s.Chars, s.Sum, errs[i])
		totalWords += s.Words
		totalSum += s.Sum
	}
	fmt.Println("total words:", totalWords, "total sum:", totalSum)

	// Array of fixed size written by index; pointers into it.
	var squares [16]int
	var ptrs [16]*int
	for i := range squares {
		wg.Add(1)
		go func() {
			defer wg.Done()
			squares[i] = i * i
			ptrs[i] = &squares[i]
		}()
	}
	wg.Wait()
	fmt.Println(squares)
	s := 0
	for _, p := range ptrs {
		s += *p
	}
	fmt.Println("sum via pointers:", s)

	// Map results per key computed in parallel, stored by index then assembled.
	keys := []string{"a", "bb", "ccc", "dddd"}
	vals := make([]string, len(keys))
	for i, k := range keys {
		wg.Add(1)
		go func() {
			defer wg.Done()
			vals[i] = strings.Repeat(k, 2) + "-" + strconv.Itoa(len(k))
		}()
	}
	wg.Wait()
	m := map[string]string{}
	for i, k := range keys {
		m[k] = vals[i]
	}
	fmt.Println(m)
}
