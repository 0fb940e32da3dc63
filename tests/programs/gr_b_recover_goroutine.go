package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

var errOdd = errors.New("odd input")

func risky(n int) int {
	if n%2 == 1 {
		panic(fmt.Errorf("risky(%d): %w", n, errOdd))
	}
	if n == 4 {
		var m map[int]int
		m[n] = 1
	}
	if n == 6 {
		a := []int{1}
		return a[n]
	}
	return n * n
}

func main() {
	var mu sync.Mutex
	var lines []string
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					msg := fmt.Sprint(r)
					if e, ok := r.(error); ok && errors.Is(e, errOdd) {
						msg = "ODD " + msg
					}
					mu.Lock()
					lines = append(lines, fmt.Sprintf("%d: recovered %s", i, msg))
					mu.Unlock()
				}
			}()
			v := risky(i)
			mu.Lock()
			lines = append(lines, fmt.Sprintf("%d: value %d", i, v))
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	sort.Strings(lines)
	fmt.Println(strings.Join(lines, "\n"))
	fmt.Println("program continues, total", len(lines))
}
