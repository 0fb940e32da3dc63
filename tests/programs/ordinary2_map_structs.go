package main

import (
	"fmt"
	"sort"
)

type Stats struct {
	Games, Wins int
	Points      []int
}

func (s Stats) WinRate() float64 {
	if s.Games == 0 {
		return 0
	}
	return float64(s.Wins) / float64(s.Games)
}

type Match struct {
	Home, Away         string
	HomeScore, AwayScore int
}

func main() {
	matches := []Match{
		{"Lions", "Tigers", 3, 1},
		{"Bears", "Lions", 2, 2},
		{"Tigers", "Bears", 0, 1},
		{"Lions", "Bears", 1, 4},
		{"Tigers", "Lions", 5, 0},
	}
	table := map[string]Stats{}
	for _, m := range matches {
		h := table[m.Home]
		a := table[m.Away]
		h.Games++
		a.Games++
		h.Points = append(h.Points, m.HomeScore)
		a.Points = append(a.Points, m.AwayScore)
		switch {
		case m.HomeScore > m.AwayScore:
			h.Wins++
		case m.AwayScore > m.HomeScore:
			a.Wins++
		}
		table[m.Home] = h
		table[m.Away] = a
	}
	ptrs := map[string]*Stats{}
	for k, v := range table {
		v := v
		ptrs[k] = &v
	}
	ptrs["Lions"].Wins += 10
	fmt.Println(table["Lions"].Wins, ptrs["Lions"].Wins)
	teams := make([]string, 0, len(table))
	for t := range table {
		teams = append(teams, t)
	}
	sort.Slice(teams, func(i, j int) bool {
		ri, rj := table[teams[i]].WinRate(), table[teams[j]].WinRate()
		if ri != rj {
			return ri > rj
		}
		return teams[i] < teams[j]
	})
	for _, t := range teams {
		s := table[t]
		fmt.Printf("%-7s G=%d W=%d rate=%.3f pts=%v\n", t, s.Games, s.Wins, s.WinRate(), s.Points)
	}
	fmt.Println(table)
	type key struct {
		a, b string
	}
	h2h := map[key]int{}
	for _, m := range matches {
		h2h[key{m.Home, m.Away}] += m.HomeScore - m.AwayScore
	}
	fmt.Println(h2h[key{"Lions", "Tigers"}], h2h[key{"Tigers", "Lions"}], len(h2h))
	fmt.Println(h2h)
}
