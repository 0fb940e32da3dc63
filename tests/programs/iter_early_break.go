package main

import "fmt"

var log []string

// numbers records when it starts and when it stops, so the cleanup can be checked.
func numbers(name string, n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		log = append(log, name+" start")
		defer func() { log = append(log, name+" cleanup") }()
		for i := 0; i < n; i++ {
			if !yield(i) {
				log = append(log, fmt.Sprint(name, " stopped at ", i))
				return
			}
		}
		log = append(log, name+" exhausted")
	}
}

func firstOver(limit int) int {
	found := -1
	for v := range numbers("search", 100) {
		if v*v > limit {
			found = v
			break
		}
	}
	return found
}

func main() {
	for v := range numbers("a", 10) {
		if v == 3 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	for v := range numbers("b", 6) {
		if v%2 == 1 {
			continue
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	fmt.Println("first square over 50:", firstOver(50))

	// Break out of a labeled loop from inside its own body.
	total := 0
loop:
	for v := range numbers("c", 10) {
		switch {
		case v == 2:
			continue loop
		case v > 5:
			break loop
		}
		total += v
	}
	fmt.Println("total", total)

	// break inside a switch inside the body only leaves the switch.
	hits := 0
	for v := range numbers("d", 4) {
		switch v {
		case 1:
			break
		default:
			hits++
		}
	}
	fmt.Println("hits", hits)

	// A plain for loop inside the body can break by itself.
	for v := range numbers("e", 3) {
		for j := 0; ; j++ {
			if j > v {
				break
			}
			fmt.Print(v, j, " ")
		}
	}
	fmt.Println()

	for _, line := range log {
		fmt.Println(line)
	}
}
