package main

import "fmt"

func main() {
	m := make(map[string]int)
	fmt.Println(len(m), m)
	m["one"] = 1
	m["two"] = 2
	m["three"] = 3
	fmt.Println(len(m), m)
	fmt.Println(m["two"], m["missing"])

	v, ok := m["three"]
	fmt.Println(v, ok)
	v, ok = m["four"]
	fmt.Println(v, ok)
	if _, ok := m["one"]; ok {
		fmt.Println("one present")
	}

	m["one"] = 100
	m["two"]++
	m["three"] += 30
	m["new"]--
	m["x"] *= 5
	fmt.Println(m)

	delete(m, "x")
	delete(m, "not there")
	fmt.Println(len(m), m)

	hinted := make(map[int]string, 100)
	for i := range 10 {
		hinted[i*i] = fmt.Sprint("sq", i)
	}
	fmt.Println(len(hinted), hinted[49], hinted[50] == "")
	fmt.Println(hinted)

	// Maps are references.
	alias := m
	alias["shared"] = 7
	fmt.Println(m["shared"], len(m) == len(alias))

	modify(m)
	fmt.Println(m["added-in-func"])

	// Nil maps: reads, len, delete and range are fine.
	var nilMap map[string]bool
	fmt.Println(nilMap == nil, len(nilMap), nilMap["x"], nilMap)
	delete(nilMap, "x")
	for range nilMap {
		fmt.Println("never")
	}

	clear(m)
	fmt.Println(len(m), m, m == nil)
	m["again"] = 1
	fmt.Println(m)

	// Overwrites do not change len.
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(len(counts), counts['s'], counts['i'], counts['p'], counts['m'], counts['z'])
	fmt.Println(counts)

	// Multiple assignment through map entries.
	pair := map[string]int{"a": 1, "b": 2}
	pair["a"], pair["b"] = pair["b"], pair["a"]
	fmt.Println(pair)

	// Value types copy out of a map.
	arrs := map[string][2]int{"p": {1, 2}}
	a := arrs["p"]
	a[0] = 99
	fmt.Println(arrs, a)
}

func modify(m map[string]int) {
	m["added-in-func"] = 55
}
