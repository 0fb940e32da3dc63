package main

import "fmt"

var trace []string

func idx(name string, i int) int { trace = append(trace, name); return i }

func main() {
	s := []int{1, 2, 3, 4}
	i := 0
	f := func() int { i = 2; return 10 }
	s[i] += f()
	fmt.Println(s, i)

	j := 1
	g := func() int { j = 3; return 1 }
	s[idx("a", j)+0] += g()
	fmt.Println(s, j, trace)

	m := map[string]int{"a": 1}
	k := "a"
	h := func() int { k = "b"; return 5 }
	m[k] += h()
	fmt.Println(m)

	x, y := 1, 2
	p := &x
	q := func() int { p = &y; return 100 }
	*p += q()
	fmt.Println(x, y)

	arr := [3]int{1, 2, 3}
	n := 0
	r := func() int { n = 2; return 7 }
	arr[n] -= r()
	fmt.Println(arr)

	v := 1
	w := func() int { v = 50; return 1 }
	v += w()
	fmt.Println(v)

	type P struct{ a, b int }
	ps := []P{{1, 2}, {3, 4}}
	pp := &ps[0]
	u := func() int { pp = &ps[1]; return 10 }
	pp.b += u()
	fmt.Println(ps)

	grid := [2][2]int{}
	gi := 0
	gu := func() int { gi = 1; return 3 }
	grid[gi][gi] += gu()
	fmt.Println(grid)

	defer func() { fmt.Println("recovered:", recover(), m) }()
	z := 0
	m["a"] /= z
}
