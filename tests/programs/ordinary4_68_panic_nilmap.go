package main

import (
	"fmt"
	"sort"
)

type Registry struct {
	handlers map[string]func(int) int
	aliases  map[string]string
}

func (r *Registry) Register(name string, f func(int) int) {
	if r.handlers == nil {
		r.handlers = make(map[string]func(int) int)
	}
	r.handlers[name] = f
}

func (r *Registry) Alias(alias, name string) {
	r.aliases[alias] = name
}

func main() {
	var r Registry
	r.Register("double", func(x int) int { return x * 2 })
	r.Register("square", func(x int) int { return x * x })
	names := make([]string, 0)
	for n := range r.handlers {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, r.handlers[n](7))
	}
	fmt.Println("alias lookup on nil map:", r.aliases["dbl"] == "")
	r.Alias("dbl", "double")
	fmt.Println("not reached")
}
