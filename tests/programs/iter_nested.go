package main

import "fmt"

func upto(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func chars(s string) func(func(int, byte) bool) {
	return func(yield func(int, byte) bool) {
		for i := 0; i < len(s); i++ {
			if !yield(i, s[i]) {
				return
			}
		}
	}
}

type Cell struct{ R, C int }

func cells(rows, cols int) func(func(Cell) bool) {
	return func(yield func(Cell) bool) {
		stop := false
		for r := range upto(rows) {
			for c := range upto(cols) {
				if !yield(Cell{r, c}) {
					stop = true
					break
				}
			}
			if stop {
				break
			}
		}
	}
}

func main() {
	for i := range upto(5) {
		for j := range upto(5) {
			fmt.Printf("%3d", i*j)
		}
		fmt.Println()
	}

	// The inner loop breaks; the outer one carries on.
	for i := range upto(4) {
		for j := range upto(10) {
			if j > i {
				break
			}
			fmt.Print("*")
		}
		fmt.Println()
	}

	word := "banana"
	count := 0
	for i, a := range chars(word) {
		for j, b := range chars(word) {
			if j <= i {
				continue
			}
			if a == b {
				count++
			}
		}
	}
	fmt.Println("equal pairs:", count)

	n := 0
	for c := range cells(3, 4) {
		n++
		if c.R == c.C {
			fmt.Print(c, " ")
		}
	}
	fmt.Println(n)

	// Stopping a nested iterator early stops both of its loops.
	var seen []Cell
	for c := range cells(10, 10) {
		seen = append(seen, c)
		if len(seen) == 12 {
			break
		}
	}
	fmt.Println(seen[len(seen)-1], len(seen))

	// Closures over the loop variables: each iteration has fresh variables.
	var fns []func() int
	for i := range upto(3) {
		for j := range upto(2) {
			fns = append(fns, func() int { return i*10 + j })
		}
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// A range-over-func loop inside a plain labeled loop that it does not leave.
outer:
	for k := 0; k < 3; k++ {
		sum := 0
		for v := range upto(k + 2) {
			sum += v
		}
		if sum == 6 {
			continue outer
		}
		fmt.Println("k", k, "sum", sum)
	}
}
