package main

import (
	"fmt"
	"sort"
)

type Store map[string]any

func (s Store) Int(k string) int {
	return s[k].(int)
}

func (s Store) Keys() []string {
	ks := make([]string, 0, len(s))
	for k := range s {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func main() {
	s := Store{"retries": 3, "timeout": 30, "name": "svc", "ratio": 0.5}
	for _, k := range s.Keys() {
		if v, ok := s[k].(int); ok {
			fmt.Println(k, "is int", v)
		} else {
			fmt.Printf("%s is %T\n", k, s[k])
		}
	}
	total := 0
	for _, k := range []string{"retries", "timeout", "name"} {
		total += s.Int(k)
		fmt.Println("running total", total)
	}
}
