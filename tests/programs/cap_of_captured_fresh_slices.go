package main

import "fmt"

type Ring struct {
	buf        []string
	head, size int
}

func (r *Ring) Push(s string) {
	r.buf[(r.head+r.size)%len(r.buf)] = s
	if r.size < len(r.buf) {
		r.size++
	} else {
		r.head = (r.head + 1) % len(r.buf)
	}
}

func (r *Ring) Items() []string {
	out := make([]string, r.size)
	for i := range r.size {
		out[i] = r.buf[(r.head+i)%len(r.buf)]
	}
	return out
}

func mk(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprint(i)
	}
	return out
}

// Captured slices only ever assigned fresh values (make, literals, nil, results of
// functions returning such) have those values' capacities wherever a literal reads them.
func main() {
	r := &Ring{buf: make([]string, 3)}
	for _, w := range []string{"alpha", "beta", "gamma", "delta"} {
		r.Push(w)
	}
	lines := r.Items()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(lines[1:5])
	}()
	q := make([]int, 2, 7)
	g := func() { fmt.Println(cap(q), q[1:5]) }
	g()
	x := []int{1, 2}
	h := func() int { return cap(x[1:]) }
	fmt.Println(h())
	ls := mk(3)
	var z []int
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(cap(ls), cap(z), ls[:4])
	}()
	x = q
	fmt.Println(h())
	n := 1
	s := make([]int, n)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(s[1:4], cap(s))
	}()
}
