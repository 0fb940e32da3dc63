package main

import (
	"fmt"
	"sort"
)

type Pos [2]int

func main() {
	visited := map[Pos]int{}
	moves := "RRUULDDDLLUR"
	cur := Pos{0, 0}
	visited[cur]++
	dirs := map[rune]Pos{'R': {1, 0}, 'L': {-1, 0}, 'U': {0, 1}, 'D': {0, -1}}
	for _, m := range moves {
		d := dirs[m]
		cur = Pos{cur[0] + d[0], cur[1] + d[1]}
		visited[cur]++
	}
	fmt.Println("final", cur, "distinct", len(visited))
	keys := make([]Pos, 0, len(visited))
	for k := range visited {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	for _, k := range keys {
		if visited[k] > 1 {
			fmt.Println("revisited", k, visited[k])
		}
	}
	fmt.Println(keys)
	fmt.Println(visited)
	anagrams := map[[26]int][]string{}
	for _, w := range []string{"listen", "silent", "enlist", "google", "gogole", "cat", "act", "dog"} {
		var k [26]int
		for _, c := range w {
			k[c-'a']++
		}
		anagrams[k] = append(anagrams[k], w)
	}
	var groups [][]string
	for _, g := range anagrams {
		groups = append(groups, g)
	}
	sort.Slice(groups, func(i, j int) bool { return groups[i][0] < groups[j][0] })
	fmt.Println(groups, len(groups))
	a := [3]string{"x", "y", "z"}
	b := a
	b[0] = "w"
	fmt.Println(a, b, a == b, a == [3]string{"x", "y", "z"})
	var grid [3][3]rune
	for i := range 3 {
		for j := range 3 {
			grid[i][j] = rune('a' + i*3 + j)
		}
	}
	fmt.Println(grid)
	fmt.Printf("%q\n", grid[1])
}
