package main

import (
	"fmt"
	"sort"
	"strings"
)

func generator(name string, start, step, count int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; i < count; i++ {
			ch <- start + i*step
		}
	}()
	return ch
}

func main() {
	a := generator("evens", 0, 2, 25)
	b := generator("odds", 1, 2, 17)
	c := generator("tens", 10, 10, 9)
	done := make(chan struct{})
	extra := make(chan string, 4)
	go func() {
		for _, s := range []string{"x", "y", "z"} {
			extra <- s
		}
		close(extra)
		close(done)
	}()

	counts := map[string]int{}
	sums := map[string]int{}
	var words []string
	doneSeen := false
	for a != nil || b != nil || c != nil || extra != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			counts["evens"]++
			sums["evens"] += v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			counts["odds"]++
			sums["odds"] += v
		case v, ok := <-c:
			if !ok {
				c = nil
				continue
			}
			counts["tens"]++
			sums["tens"] += v
		case s, ok := <-extra:
			if !ok {
				extra = nil
				continue
			}
			words = append(words, s)
		case <-done:
			doneSeen = true
			done = nil
		}
	}
	names := make([]string, 0, len(counts))
	for k := range counts {
		names = append(names, k)
	}
	sort.Strings(names)
	total := 0
	for _, n := range names {
		fmt.Printf("%-6s count=%2d sum=%4d\n", n, counts[n], sums[n])
		total += counts[n]
	}
	fmt.Println("total values:", total)
	fmt.Println("extra words:", strings.Join(words, ""))
	_ = doneSeen
	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel never ready")
	}
}
