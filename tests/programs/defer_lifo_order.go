package main

import "fmt"

func three() {
	defer fmt.Println("first deferred, runs last")
	defer fmt.Println("second deferred")
	defer fmt.Println("third deferred, runs first")
	fmt.Println("body of three")
}

func nested(depth int) {
	defer fmt.Println("leaving", depth)
	fmt.Println("entering", depth)
	if depth < 3 {
		nested(depth + 1)
	}
}

type Resource struct{ name string }

func open(name string) *Resource {
	fmt.Println("open", name)
	return &Resource{name}
}

func (r *Resource) Close() { fmt.Println("close", r.name) }

func useResources() {
	a := open("a")
	defer a.Close()
	b := open("b")
	defer b.Close()
	c := open("c")
	defer c.Close()
	fmt.Println("using", a.name, b.name, c.name)
}

func earlyReturn(n int) string {
	defer fmt.Println("  deferred in earlyReturn", n)
	if n > 0 {
		return "positive"
	}
	defer fmt.Println("  only registered for non-positive", n)
	return "non-positive"
}

func deferClosures() {
	trace := []string{}
	defer func() { fmt.Println("trace:", trace) }()
	for _, s := range []string{"x", "y", "z"} {
		defer func() { trace = append(trace, s) }()
	}
	trace = append(trace, "body")
}

func main() {
	three()
	nested(1)
	useResources()
	fmt.Println(earlyReturn(1))
	fmt.Println(earlyReturn(0))
	deferClosures()

	func() {
		defer fmt.Print("world\n")
		fmt.Print("hello ")
	}()

	// Deferred method value and deferred function value.
	r := &Resource{"direct"}
	f := r.Close
	g := func() { fmt.Println("g runs") }
	func() {
		defer f()
		defer g()
		fmt.Println("inner body")
	}()
	fmt.Println("main done")
}
