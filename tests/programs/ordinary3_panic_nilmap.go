package main

import (
	"fmt"
	"sort"
)

type Registry struct {
	byTag map[string][]string
	names []string
}

func (r *Registry) Register(name string, tags ...string) {
	r.names = append(r.names, name)
	for _, t := range tags {
		r.byTag[t] = append(r.byTag[t], name)
	}
}

func (r *Registry) Tags() []string {
	var ts []string
	for t := range r.byTag {
		ts = append(ts, t)
	}
	sort.Strings(ts)
	return ts
}

func main() {
	ok := &Registry{byTag: map[string][]string{}}
	ok.Register("alpha", "x", "y")
	ok.Register("beta", "y")
	ok.Register("gamma")
	for _, t := range ok.Tags() {
		fmt.Println(t, ok.byTag[t], len(ok.byTag[t]), cap(ok.byTag[t]))
	}
	fmt.Println("names", ok.names, len(ok.names), cap(ok.names))

	var broken Registry
	fmt.Println("reading a nil map is fine:", broken.byTag["x"] == nil, len(broken.byTag))
	broken.Register("delta")
	fmt.Println("no tags also fine:", broken.names)
	defer func() {
		fmt.Println("deferred in main, not recovering")
	}()
	broken.Register("epsilon", "z")
	fmt.Println("unreachable")
}
