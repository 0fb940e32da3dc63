package main

import "fmt"

type Stats struct {
	Min, Max, Sum int
}

type Player struct {
	Name   string
	Score  int
	Scores [3]int
	Stats  Stats
}

func update(s *Stats, v int) {
	if v < s.Min {
		s.Min = v
	}
	if v > s.Max {
		s.Max = v
	}
	s.Sum += v
}

func addTo(p *int, n int) { *p += n }

func main() {
	pl := Player{Name: "kim", Stats: Stats{Min: 1000, Max: -1000}}
	vals := []int{7, 3, 12, 5}
	for i := 0; i < len(vals); i++ {
		update(&pl.Stats, vals[i])
		addTo(&pl.Score, vals[i])
	}
	for i := 0; i < len(pl.Scores); i++ {
		addTo(&pl.Scores[i], i*i+1)
	}
	fmt.Printf("%+v\n", pl)

	sp := &pl.Stats
	sp.Sum = 0
	mp := &sp.Max
	*mp = 99
	fmt.Println(pl.Stats, *mp)

	team := []Player{{Name: "a"}, {Name: "b"}, {Name: "c"}}
	best := &team[0]
	for i := 0; i < len(team); i++ {
		team[i].Score = (i + 2) * 7 % 5
		if team[i].Score > best.Score {
			best = &team[i]
		}
	}
	best.Name += "*"
	fmt.Println(team)

	grid := [3][3]int{}
	for r := 0; r < 3; r++ {
		for c := 0; c < 3; c++ {
			cell := &grid[r][c]
			*cell = r*3 + c
		}
	}
	row := &grid[1]
	row[0] = -1
	fmt.Println(grid, *row)

	sl := make([]int, 4)
	e0 := &sl[0]
	e3 := &sl[3]
	*e0, *e3 = 11, 33
	fmt.Println(sl)
	sl = append(sl, 5) // reallocates: e0 now points into the old array
	*e0 = -11
	fmt.Println(sl, *e0)

	ptrs := [2]*Player{&team[1], &pl}
	for i := 0; i < len(ptrs); i++ {
		ptrs[i].Scores[2] = 100 + i
		ptrs[i].Stats.Min = 0
	}
	fmt.Println(team[1].Scores, pl.Scores, team[1].Stats.Min, pl.Stats.Min)

	x := struct {
		A [2]struct{ V int }
	}{}
	ap := &x.A[1].V
	*ap = 8
	fmt.Printf("%+v\n", x)
}
