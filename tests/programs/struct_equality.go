package main

import "fmt"

type Version struct {
	Major, Minor, Patch int
}

type Release struct {
	Name string
	V    Version
	Tags [2]string
}

type Cell struct {
	Row, Col int8
	On       bool
}

func newer(a, b Version) bool {
	if a.Major != b.Major {
		return a.Major > b.Major
	}
	if a.Minor != b.Minor {
		return a.Minor > b.Minor
	}
	return a.Patch > b.Patch
}

func find(cells []Cell, c Cell) int {
	for i := 0; i < len(cells); i++ {
		if cells[i] == c {
			return i
		}
	}
	return -1
}

func main() {
	v1 := Version{1, 2, 3}
	v2 := Version{Major: 1, Minor: 2, Patch: 3}
	v3 := Version{1, 3, 0}
	fmt.Println(v1 == v2, v1 != v2, v1 == v3, v1 != v3)
	fmt.Println(newer(v3, v1), newer(v1, v3), newer(v1, v2))

	r1 := Release{"alpha", v1, [2]string{"a", "b"}}
	r2 := Release{"alpha", v2, [2]string{"a", "b"}}
	r3 := r1
	r3.Tags[1] = "c"
	fmt.Println(r1 == r2, r1 == r3, r2 != r3)
	fmt.Println(r1.V == v2, r1.Tags == r2.Tags, r1.Tags == r3.Tags)

	cells := []Cell{{0, 0, false}, {1, 2, true}, {3, 4, true}}
	fmt.Println(find(cells, Cell{1, 2, true}), find(cells, Cell{1, 2, false}), find(cells, Cell{}))

	var zero Version
	fmt.Println(zero == Version{}, zero == Version{0, 0, 1})

	p := &v1
	q := &v2
	fmt.Println(p == q, *p == *q, p == &v1)

	anon1 := struct {
		X int
		S string
	}{1, "s"}
	anon2 := struct {
		X int
		S string
	}{1, "s"}
	fmt.Println(anon1 == anon2)
	anon2.S += "!"
	fmt.Println(anon1 == anon2, anon2)

	grid := [2][2]Cell{{{0, 0, true}, {0, 1, false}}, {{1, 0, false}, {1, 1, true}}}
	grid2 := grid
	fmt.Println(grid == grid2)
	grid2[1][1].On = false
	fmt.Println(grid == grid2, grid[1][1], grid2[1][1])

	count := 0
	for i := 0; i < len(cells); i++ {
		for j := i + 1; j < len(cells); j++ {
			if cells[i].On == cells[j].On {
				count++
			}
		}
	}
	fmt.Println("pairs with same state:", count)
}
