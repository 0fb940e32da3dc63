package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
)

type ParseError struct {
	Index int
	Input string
	Err   error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("item %d (%q): %v", e.Index, e.Input, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

var errNegative = errors.New("negative quota")

func parseQuota(s string) (int64, error) {
	s = strings.TrimSpace(strings.ToUpper(s))
	mult := int64(1)
	switch {
	case strings.HasSuffix(s, "G"):
		mult = 1 << 30
		s = s[:len(s)-1]
	case strings.HasSuffix(s, "M"):
		mult = 1 << 20
		s = s[:len(s)-1]
	case strings.HasSuffix(s, "K"):
		mult = 1 << 10
		s = s[:len(s)-1]
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, errNegative
	}
	return n * mult, nil
}

func parallelMap(inputs []string, limit int) ([]int64, []error) {
	out := make([]int64, len(inputs))
	errs := make([]error, len(inputs))
	sem := make(chan struct{}, limit)
	var wg sync.WaitGroup
	var mu sync.Mutex
	active, peak := 0, 0
	for i, in := range inputs {
		wg.Add(1)
		sem <- struct{}{}
		go func(i int, in string) {
			defer wg.Done()
			defer func() { <-sem }()
			mu.Lock()
			active++
			if active > peak {
				peak = active
			}
			mu.Unlock()
			v, err := parseQuota(in)
			if err != nil {
				errs[i] = &ParseError{Index: i, Input: in, Err: err}
			}
			out[i] = v
			mu.Lock()
			active--
			mu.Unlock()
		}(i, in)
	}
	wg.Wait()
	if peak > limit {
		fmt.Println("LIMIT VIOLATED", peak)
	}
	return out, errs
}

func main() {
	inputs := []string{"10G", "512m", "4k", "abc", "100", "-5M", "2g", "", "999999999999999999999", "7K"}
	vals, errs := parallelMap(inputs, 3)
	var total int64
	var failed []error
	for i, v := range vals {
		if errs[i] != nil {
			failed = append(failed, errs[i])
			continue
		}
		total += v
		fmt.Printf("%-6s = %d bytes\n", inputs[i], v)
	}
	fmt.Println("total:", total)
	joined := errors.Join(failed...)
	if joined != nil {
		fmt.Println("errors:")
		fmt.Println(joined)
		var pe *ParseError
		if errors.As(joined, &pe) {
			fmt.Println("first failing index:", pe.Index)
		}
		fmt.Println("has negative:", errors.Is(joined, errNegative))
		fmt.Println("has range error:", errors.Is(joined, strconv.ErrRange))
		fmt.Println("has syntax error:", errors.Is(joined, strconv.ErrSyntax))
		os.Exit(len(failed))
	}
}
