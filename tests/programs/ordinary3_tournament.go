package main

import (
	"fmt"
	"slices"
	"strings"
)

type Team struct {
	Name                string
	W, D, L, GF, GA     int
	Form                []byte
}

func (t *Team) Points() int { return 3*t.W + t.D }

func (t *Team) record(gf, ga int) {
	t.GF += gf
	t.GA += ga
	var r byte
	switch {
	case gf > ga:
		t.W++
		r = 'W'
	case gf < ga:
		t.L++
		r = 'L'
	default:
		t.D++
		r = 'D'
	}
	t.Form = append(t.Form, r)
	if len(t.Form) > 3 {
		t.Form = t.Form[1:]
	}
}

func main() {
	results := `Lions 2-1 Tigers
Bears 0-0 Wolves
Lions 1-1 Bears
Tigers 3-0 Wolves
Wolves 2-2 Lions
Tigers 1-2 Bears
Bears 1-0 Lions
Wolves 1-4 Tigers
Lions 3-0 Wolves`
	teams := map[string]*Team{}
	get := func(n string) *Team {
		if t, ok := teams[n]; ok {
			return t
		}
		t := &Team{Name: n}
		teams[n] = t
		return t
	}
	for _, line := range strings.Split(results, "\n") {
		var home, away string
		var hg, ag int
		n, err := fmt.Sscanf(line, "%s %d-%d %s", &home, &hg, &ag, &away)
		if err != nil || n != 4 {
			fmt.Println("bad line:", line, err)
			continue
		}
		get(home).record(hg, ag)
		get(away).record(ag, hg)
	}
	table := make([]*Team, 0, len(teams))
	for _, t := range teams {
		table = append(table, t)
	}
	slices.SortFunc(table, func(a, b *Team) int {
		if a.Points() != b.Points() {
			return b.Points() - a.Points()
		}
		if d := (b.GF - b.GA) - (a.GF - a.GA); d != 0 {
			return d
		}
		return strings.Compare(a.Name, b.Name)
	})
	fmt.Printf("%-3s %-7s %2s %2s %2s %5s %3s %s\n", "#", "Team", "W", "D", "L", "Goals", "Pts", "Form")
	for i, t := range table {
		fmt.Printf("%-3d %-7s %2d %2d %2d %2d:%-2d %3d %s (len %d cap %d)\n", i+1, t.Name, t.W, t.D, t.L, t.GF, t.GA, t.Points(), t.Form, len(t.Form), cap(t.Form))
	}
}
