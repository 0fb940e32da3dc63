package main

import (
	"fmt"
	"iter"
	"slices"
)

func Lines(n int, trace *[]string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		*trace = append(*trace, "open")
		defer func() { *trace = append(*trace, "close") }()
		for i := 0; i < n; i++ {
			if !yield(i, fmt.Sprintf("line%d", i)) {
				*trace = append(*trace, "early")
				return
			}
		}
	}
}

func find(target string, trace *[]string) (idx int) {
	defer func() { *trace = append(*trace, fmt.Sprintf("find returns %d", idx)) }()
	for i, l := range Lines(10, trace) {
		defer func() { *trace = append(*trace, "deferred "+l) }()
		if l == target {
			return i
		}
	}
	return -1
}

func sumUntil(limit int) (total int) {
	for _, v := range slices.All([]int{5, 10, 20, 40}) {
		defer func() { total++ }()
		if total+v > limit {
			break
		}
		total += v
	}
	return total
}

func grid() {
outer:
	for i := range slices.Values([]int{1, 2, 3}) {
		for j := range slices.Values([]int{1, 2, 3}) {
			if j == 2 && i == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
}

func main() {
	var trace []string
	fmt.Println("found at", find("line3", &trace))
	for _, t := range trace {
		fmt.Println(" ", t)
	}
	trace = nil
	miss := find("nope", &trace)
	fmt.Println("missing:", miss, len(trace))
	fmt.Println(trace[len(trace)-3:])

	fmt.Println("sumUntil:", sumUntil(30))
	grid()

	trace = nil
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
		}()
		for i := range Lines(5, &trace) {
			if i == 2 {
				panic(fmt.Sprint("boom at ", i))
			}
		}
	}()
	fmt.Println(trace)
}
