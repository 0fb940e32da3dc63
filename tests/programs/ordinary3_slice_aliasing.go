package main

import "fmt"

func show(name string, s []int) {
	fmt.Printf("%-6s %v len=%d cap=%d\n", name, s, len(s), cap(s))
}

func appendAndModify(s []int) []int {
	s = append(s, 100)
	s[0] = -1
	return s
}

func main() {
	base := make([]int, 5, 8)
	for i := range base {
		base[i] = i + 1
	}
	show("base", base)
	a := base[1:3]
	show("a", a)
	a = append(a, 40)
	show("a", a)
	show("base", base)
	b := base[2:4:4]
	show("b", b)
	b = append(b, 50)
	b[0] = 30
	show("b", b)
	show("base", base)

	c := appendAndModify(base[:2])
	show("c", c)
	show("base", base)
	d := appendAndModify(base[:8])
	show("d", d)
	show("base", base)

	var grid [][]int
	row := []int{0, 0, 0}
	for i := 0; i < 3; i++ {
		row[i] = i + 1
		grid = append(grid, row)
	}
	fmt.Println("shared rows:", grid)
	grid = grid[:0]
	for i := 0; i < 3; i++ {
		r := make([]int, 3)
		r[i] = i + 1
		grid = append(grid, r)
	}
	fmt.Println("fresh rows:", grid, len(grid), cap(grid))

	x := []int{1, 2, 3}
	y := x
	y = append(y, 4)
	y[0] = 9
	show("x", x)
	show("y", y)
	arr := [4]int{1, 2, 3, 4}
	s := arr[:]
	s[3] = 40
	arr2 := arr
	arr2[0] = 10
	fmt.Println(arr, arr2, len(s), cap(s[1:2]))
}
