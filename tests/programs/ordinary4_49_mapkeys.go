package main

import (
	"fmt"
	"sort"
)

type Coord struct{ X, Y int }
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

func main() {
	grid := map[Coord]string{{0, 0}: "origin", {1, 2}: "treasure", {-1, 5}: "trap"}
	grid[Coord{3, 3}] = "exit"
	if v, ok := grid[Coord{1, 2}]; ok {
		fmt.Println("found", v)
	}
	if _, ok := grid[Coord{9, 9}]; !ok {
		fmt.Println("nothing at 9,9")
	}
	cs := make([]Coord, 0, len(grid))
	for c := range grid {
		cs = append(cs, c)
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].X != cs[j].X {
			return cs[i].X < cs[j].X
		}
		return cs[i].Y < cs[j].Y
	})
	for _, c := range cs {
		fmt.Printf("%v => %s\n", c, grid[c])
	}
	fmt.Println(grid)
	arrKey := map[[2]int]int{{1, 2}: 3, {0, 1}: 1}
	arrKey[[2]int{1, 2}] += 10
	fmt.Println(arrKey)
	days := map[Weekday][]string{Monday: {"gym"}, Sunday: {"rest", "read"}}
	days[Tuesday] = append(days[Tuesday], "work")
	fmt.Println(days)
	ifaceKey := map[any]string{1: "int", "1": "string", 1.0: "float", true: "bool", Coord{1, 1}: "coord"}
	fmt.Println(len(ifaceKey), ifaceKey[1], ifaceKey["1"], ifaceKey[1.0], ifaceKey[Coord{1, 1}])
	boolKey := map[bool]int{true: 1, false: 0}
	fmt.Println(boolKey)
	floatKey := map[float64]string{2.5: "b", -1: "a", 1e10: "c"}
	fmt.Println(floatKey)
	ptrA, ptrB := &Coord{}, &Coord{}
	ptrKey := map[*Coord]int{ptrA: 1, ptrB: 2}
	fmt.Println(len(ptrKey), ptrKey[ptrA], ptrKey[&Coord{}])
	nested := map[string]map[string]int{}
	add := func(a, b string) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b]++
	}
	add("x", "y")
	add("x", "y")
	add("x", "z")
	add("w", "y")
	fmt.Println(nested, len(nested["x"]), nested["q"]["r"])
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	delete(grid, Coord{0, 0})
	for k := range grid {
		delete(grid, k)
	}
	fmt.Println(len(grid), grid)
	type pair struct {
		a string
		b int
	}
	mp := map[pair]bool{{"a", 1}: true}
	fmt.Println(mp[pair{"a", 1}], mp[pair{"a", 2}])
}
