package main

import "fmt"

func double() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

func overwrite() (s string) {
	defer func() { s = "from defer" }()
	return "from return"
}

func ordered() (log []string) {
	defer func() { log = append(log, "d1") }()
	defer func() { log = append(log, "d2") }()
	return []string{"ret"}
}

func unnamed() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

func pair() (a, b int) {
	defer func() { a, b = b, a }()
	return 1, 2
}

func safeDiv(x, y int) (q int, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			q, ok = -1, false
		}
	}()
	return x / y, true
}

type Result struct {
	Value int
	Notes []string
}

func build() (r Result) {
	defer func() {
		r.Value += 1000
		r.Notes = append(r.Notes, "finalized")
	}()
	r.Value = 7
	r.Notes = append(r.Notes, "started")
	return r
}

func ptrResult() (p *int) {
	v := 10
	defer func() { *p += 5 }()
	return &v
}

func counterResult(n int) (calls int) {
	defer func() { calls++ }()
	if n == 0 {
		return
	}
	return counterResult(n-1) * 2
}

func deferredParam() (x int) {
	defer func(v int) { x += v }(x)
	x = 10
	return 20
}

func main() {
	fmt.Println(double())
	fmt.Println(overwrite())
	fmt.Println(ordered())
	fmt.Println(unnamed())
	fmt.Println(pair())
	fmt.Println(safeDiv(17, 5))
	fmt.Println(safeDiv(1, 0))
	fmt.Printf("%+v\n", build())
	fmt.Println(*ptrResult())
	fmt.Println(counterResult(0), counterResult(3))
	fmt.Println(deferredParam())
}
