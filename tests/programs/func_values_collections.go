package main

import "fmt"

type Op struct {
	Name string
	Fn   func(int, int) int
}

type Handler func(string) string

type Router struct {
	routes   map[string]Handler
	fallback Handler
}

func (r *Router) Handle(path string, h Handler) { r.routes[path] = h }

func (r *Router) Serve(path string) string {
	if h, ok := r.routes[path]; ok {
		return h(path)
	}
	return r.fallback(path)
}

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }
func mul(a, b int) int { return a * b }

func main() {
	ops := []Op{
		{"add", add},
		{"sub", sub},
		{"mul", mul},
		{"mod", func(a, b int) int { return a % b }},
		{"pow", func(a, b int) int {
			r := 1
			for range b {
				r *= a
			}
			return r
		}},
	}
	for _, op := range ops {
		fmt.Printf("%s(7, 3) = %d\n", op.Name, op.Fn(7, 3))
	}

	table := map[string]func(int) int{
		"double": func(x int) int { return x * 2 },
		"square": func(x int) int { return x * x },
		"negate": func(x int) int { return -x },
	}
	names := []string{"square", "double", "negate", "missing"}
	for _, n := range names {
		f, ok := table[n]
		if !ok {
			fmt.Println(n, "not found, nil:", f == nil)
			continue
		}
		fmt.Println(n, f(9))
	}
	fmt.Println("table size", len(table))

	// A nil func variable compares equal to nil.
	var g func()
	fmt.Println(g == nil)
	g = func() { fmt.Println("g called") }
	fmt.Println(g != nil)
	g()

	// An array of functions.
	var pipeline [3]func(int) int
	pipeline[0] = func(x int) int { return x + 1 }
	pipeline[1] = table["square"]
	pipeline[2] = table["negate"]
	v := 4
	for _, step := range pipeline {
		v = step(v)
	}
	fmt.Println("pipeline:", v)

	r := &Router{routes: map[string]Handler{}}
	r.fallback = func(p string) string { return "404 " + p }
	r.Handle("/", func(string) string { return "home" })
	prefix := "user:"
	r.Handle("/user", func(p string) string { return prefix + p })
	prefix = "USER:"
	for _, p := range []string{"/", "/user", "/nope"} {
		fmt.Println(r.Serve(p))
	}

	// Function returning a function returning a function.
	adder := func(a int) func(int) func(int) int {
		return func(b int) func(int) int {
			return func(c int) int { return a + b + c }
		}
	}
	fmt.Println(adder(1)(20)(300))

	// Functions as struct fields called through pointers.
	type Btn struct {
		Label   string
		OnClick func() string
	}
	clicks := 0
	btns := []*Btn{
		{"ok", func() string { clicks++; return "ok pressed" }},
		{"cancel", nil},
	}
	for _, b := range btns {
		if b.OnClick != nil {
			fmt.Println(b.Label, "->", b.OnClick())
		} else {
			fmt.Println(b.Label, "-> no handler")
		}
	}
	fmt.Println("clicks:", clicks)
}
