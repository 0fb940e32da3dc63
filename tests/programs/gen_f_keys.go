package main

import (
	"fmt"
	"sort"
	"strings"
)

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func Values[K comparable, V any](m map[K]V) []V {
	vals := make([]V, 0, len(m))
	for _, v := range m {
		vals = append(vals, v)
	}
	return vals
}

func Invert[K, V comparable](m map[K]V) map[V]K {
	out := make(map[V]K, len(m))
	for k, v := range m {
		out[v] = k
	}
	return out
}

func main() {
	ages := map[string]int{"ann": 31, "bob": 25, "cid": 40, "dee": 19}
	ks := Keys(ages)
	sort.Strings(ks)
	fmt.Println(strings.Join(ks, " "))
	vs := Values(ages)
	sort.Ints(vs)
	fmt.Println(vs)
	inv := Invert(ages)
	ik := Keys(inv)
	sort.Ints(ik)
	for _, k := range ik {
		fmt.Println(k, inv[k])
	}
	fk := Keys(map[float64]bool{2.5: true, -1: false, 0: true})
	sort.Float64s(fk)
	fmt.Println(fk)
	fmt.Println(len(Keys(map[int]string{})), len(Values[string, int](nil)))
	fmt.Printf("%T %T\n", ks, inv)
}
