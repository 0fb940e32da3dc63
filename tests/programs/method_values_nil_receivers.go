package main

import "fmt"

type T struct{ N int }

func (t T) Val() int { return t.N }

func (t *T) IsNil() bool { return t == nil }

func (t *T) Describe() string {
	if t == nil {
		return "<nil T>"
	}
	return fmt.Sprintf("T(%d)", t.N)
}

type E struct {
	*T
	Name string
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panicked:", r)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	// Pointer-receiver method values on a nil pointer are fine to create and call.
	var p *T
	isNil := p.IsNil
	desc := p.Describe
	fmt.Println(isNil(), desc())
	p = &T{5}
	fmt.Println(isNil(), desc(), p.Describe())

	// A value-receiver method value dereferences the pointer when evaluated.
	var q *T
	try("value method value on nil", func() {
		g := q.Val
		fmt.Println("not reached", g())
	})
	try("pointer method value on nil", func() {
		g := q.Describe
		fmt.Println(g())
	})

	// Through an embedded pointer.
	e := E{&T{3}, "e"}
	v := e.Val
	d := e.Describe
	e.N = 4
	fmt.Println(v(), d(), e.Val())
	e.T = &T{10}
	fmt.Println(v(), d(), e.Describe())

	empty := E{Name: "empty"}
	try("promoted value method on nil embedded", func() {
		h := empty.Val
		fmt.Println("not reached", h())
	})
	try("promoted pointer method on nil embedded", func() {
		fmt.Println(empty.IsNil(), empty.Describe())
	})

	// Method values stored before the receiver variable changes.
	t := T{1}
	vals := []func() int{}
	for i := range 3 {
		t.N = i * 10
		vals = append(vals, t.Val)
	}
	for _, f := range vals {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Pointer method values all share the same receiver.
	descs := []func() string{}
	for i := range 3 {
		t.N = i * 10
		descs = append(descs, (&t).Describe)
	}
	for _, f := range descs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Closures modifying previous iterations' variables do not affect the current one.
	var prev func()
	for i := 0; i < 5; i++ {
		if prev != nil {
			prev()
		}
		prev = func() { i += 100 }
		fmt.Print(i, " ")
	}
	fmt.Println()
}
