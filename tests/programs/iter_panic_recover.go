package main

import "fmt"

var events []string

func items(names ...string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		defer func() { events = append(events, "iterator closed") }()
		for i, n := range names {
			if !yield(i, n) {
				return
			}
		}
	}
}

func process(names ...string) (count int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Sprint("recovered: ", r)
		}
	}()
	for i, n := range items(names...) {
		if n == "" {
			panic(fmt.Sprintf("empty name at %d", i))
		}
		count++
	}
	return count, "ok"
}

type Ledger struct {
	entries []float64
}

func (l *Ledger) Entries() func(func(float64) bool) {
	return func(yield func(float64) bool) {
		for _, e := range l.entries {
			if e < 0 {
				panic(fmt.Sprintf("negative entry %v", e))
			}
			if !yield(e) {
				return
			}
		}
	}
}

func total(l *Ledger) (sum float64) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("total:", r)
			sum = -1
		}
	}()
	for e := range l.Entries() {
		sum += e
	}
	return sum
}

func main() {
	fmt.Println(process("ann", "bob", "cy"))
	fmt.Println(process("ann", "", "cy"))
	fmt.Println(events)

	fmt.Println(total(&Ledger{[]float64{1.5, 2.25, 3}}))
	fmt.Println(total(&Ledger{[]float64{1.5, -2, 3}}))

	// Runtime errors in the body are recovered as well.
	func() {
		defer func() { fmt.Println("caught:", recover()) }()
		xs := []int{1, 2, 3}
		for i := range func(yield func(int) bool) {
			for k := 0; k < 5 && yield(k); k++ {
			}
		} {
			fmt.Println("xs", xs[i])
		}
	}()
	fmt.Println("done")
}
