package main

import "fmt"

type Pair struct {
	A, B int
}

var trace []string

func idx(name string, i int) int {
	trace = append(trace, name)
	return i
}

func val(name string, v int) int {
	trace = append(trace, name)
	return v
}

func main() {
	a := []int{10, 20, 30, 40}
	i := 1
	a[i], i = 99, 3 // index evaluated before assignment
	fmt.Println(a, i)

	i = 0
	i, a[i] = 2, 7 // a[0] receives 7
	fmt.Println(a, i)

	a[0], a[1], a[2] = a[2], a[0], a[1]
	fmt.Println(a)
	a[3], a[3] = 1, 2
	fmt.Println(a[3])

	j := 2
	a[j], a[j] = a[j], a[j]
	fmt.Println(a)

	p := Pair{1, 2}
	p.A, p.B = p.B, p.A
	pp := &p
	pp.A, pp.B = pp.A+pp.B, pp.A*pp.B
	fmt.Println(p)

	arr := [3]Pair{{1, 1}, {2, 2}, {3, 3}}
	arr[0], arr[2] = arr[2], arr[0]
	arr[1].A, arr[1].B = arr[1].B*10, arr[1].A*100
	fmt.Println(arr)

	x, y := 1, 2
	px, py := &x, &y
	*px, *py = *py, *px
	px, py = py, px
	*px += 100
	fmt.Println(x, y, *px, *py)

	b := make([]int, 3)
	b[idx("i0", 0)], b[idx("i1", 1)] = val("v0", 5), val("v1", 6)
	fmt.Println(b, trace)
	trace = trace[:0]
	b[idx("k", 2)] += val("add", 4)
	fmt.Println(b, trace)

	s := []string{"x", "y"}
	s, s[0] = append(s, "z"), "w" // s[0] refers to the old slice
	fmt.Println(s)

	grid := [2][2]int{{1, 2}, {3, 4}}
	r, c := 0, 1
	grid[r][c], grid[c][r] = grid[c][r], grid[r][c]
	fmt.Println(grid)

	n := 0
	ns := []int{0, 0, 0}
	for n < 3 {
		ns[n], n = n*n+1, n+1
	}
	fmt.Println(ns, n)
}
