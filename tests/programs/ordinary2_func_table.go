package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type op func(a, b int) (int, error)

var ops = map[string]op{
	"+": func(a, b int) (int, error) { return a + b, nil },
	"-": func(a, b int) (int, error) { return a - b, nil },
	"*": func(a, b int) (int, error) { return a * b, nil },
	"/": func(a, b int) (int, error) {
		if b == 0 {
			return 0, fmt.Errorf("divide %d by zero", a)
		}
		return a / b, nil
	},
	"%": func(a, b int) (int, error) {
		if b == 0 {
			return 0, fmt.Errorf("mod by zero")
		}
		return a % b, nil
	},
}

func rpn(expr string) (int, error) {
	var st []int
	for _, tok := range strings.Fields(expr) {
		if f, ok := ops[tok]; ok {
			if len(st) < 2 {
				return 0, fmt.Errorf("stack underflow at %q", tok)
			}
			a, b := st[len(st)-2], st[len(st)-1]
			st = st[:len(st)-2]
			r, err := f(a, b)
			if err != nil {
				return 0, err
			}
			st = append(st, r)
			continue
		}
		n, err := strconv.Atoi(tok)
		if err != nil {
			return 0, err
		}
		st = append(st, n)
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("bad stack %v", st)
	}
	return st[0], nil
}

func main() {
	names := make([]string, 0, len(ops))
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		r, err := ops[n](17, 5)
		fmt.Printf("17 %s 5 = %d %v\n", n, r, err)
	}
	for _, e := range []string{"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 0 /", "1 +", "2 x *", "1 2 3", "-7 2 %"} {
		v, err := rpn(e)
		fmt.Printf("%-20q => %d, %v\n", e, v, err)
	}
	pipeline := []func(string) string{strings.TrimSpace, strings.ToLower, func(s string) string { return strings.ReplaceAll(s, " ", "_") }}
	s := "  Hello Big World  "
	for i, f := range pipeline {
		s = f(s)
		fmt.Printf("step %d: %q\n", i, s)
	}
}
