package main

import "fmt"

type Registry struct {
	byName map[string]int
	order  []string
}

func (r *Registry) Add(name string, v int) {
	r.order = append(r.order, name)
	r.byName[name] = v
}

func (r Registry) Get(name string) (int, bool) {
	v, ok := r.byName[name]
	return v, ok
}

func NewRegistry() *Registry {
	return &Registry{byName: make(map[string]int)}
}

func main() {
	ok := NewRegistry()
	ok.Add("x", 1)
	ok.Add("y", 2)
	ok.Add("x", 3)
	fmt.Println(ok.order, ok.byName, len(ok.byName))
	v, found := ok.Get("x")
	fmt.Println(v, found)

	var bad Registry
	fmt.Println("lookup on nil map:", bad.byName["x"], len(bad.byName))
	v, found = bad.Get("x")
	fmt.Println(v, found)
	delete(bad.byName, "x")
	for k := range bad.byName {
		fmt.Println("never", k)
	}
	func() {
		defer func() { fmt.Println("first attempt:", recover()) }()
		bad.Add("w", 0)
	}()
	fmt.Println("order grew anyway:", bad.order)

	defer fmt.Println("deferred before the panic")
	bad.Add("z", 3)
	fmt.Println("unreachable")
}
