package main

import "fmt"

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("  iterator cleanup", n)
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func deepGoto() string {
	for i := range seq(3) {
		for j := range seq(3) {
			switch {
			case j == 1:
				break
			case i == 1 && j == 2:
				goto out
			}
			fmt.Print(i, j, ";")
		}
	}
	return "no"
out:
	fmt.Println()
	return "jumped"
}

func inClosure() {
	f := func(n int) (total int) {
		defer func() { total = -total }()
		for v := range seq(n) {
			defer func() { total += v }()
			if v == 2 {
				return 100
			}
		}
		return
	}
	fmt.Println(f(5), f(2))
}

func loopAround() {
	for round := 0; round < 2; round++ {
		for v := range seq(3) {
			defer fmt.Println("round", round, "v", v)
			if v == 1 {
				break
			}
		}
	}
}

func main() {
	fmt.Println(deepGoto())
	inClosure()
	loopAround()
	for v := range seq(3) {
		defer fmt.Println("main defer", v)
		if v == 1 {
			var m map[string]int
			m["x"] = v
		}
	}
}
