package main

import "fmt"

type Registry struct {
	byName map[string]int
	order  []string
}

func (r *Registry) Register(name string) int {
	id := len(r.order) + 1
	r.order = append(r.order, name)
	r.byName[name] = id
	return id
}

func main() {
	good := &Registry{byName: map[string]int{}}
	for _, n := range []string{"alpha", "beta", "gamma"} {
		fmt.Println(n, good.Register(n))
	}
	fmt.Println(good.byName, good.order, cap(good.order))
	var bad Registry
	fmt.Println("lookup on nil map:", bad.byName["alpha"])
	fmt.Println("registering on zero value...")
	bad.Register("delta")
	fmt.Println("unreachable")
}
