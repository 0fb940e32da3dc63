package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

type Ingredient struct {
	Name   string
	Amount float64
	Unit   string
}

type Recipe struct {
	Title    string
	Serves   int
	Items    []Ingredient
	Steps    []string
}

func (r Recipe) Scale(serves int) Recipe {
	f := float64(serves) / float64(r.Serves)
	out := r
	out.Serves = serves
	out.Items = make([]Ingredient, len(r.Items))
	for i, it := range r.Items {
		it.Amount *= f
		out.Items[i] = it
	}
	return out
}

func pretty(x float64) string {
	whole := math.Floor(x)
	frac := x - whole
	fracs := []struct {
		v float64
		s string
	}{{0, ""}, {0.25, "¼"}, {1.0 / 3, "⅓"}, {0.5, "½"}, {2.0 / 3, "⅔"}, {0.75, "¾"}, {1, ""}}
	for _, fr := range fracs {
		if math.Abs(frac-fr.v) < 0.02 {
			w := whole
			if fr.v == 1 {
				w++
			}
			if w == 0 && fr.s != "" {
				return fr.s
			}
			return strconv.FormatFloat(w, 'f', -1, 64) + fr.s
		}
	}
	return strconv.FormatFloat(x, 'f', 2, 64)
}

func (r Recipe) Print() {
	fmt.Printf("== %s (serves %d) ==\n", r.Title, r.Serves)
	for _, it := range r.Items {
		fmt.Printf("  %6s %-5s %s\n", pretty(it.Amount), it.Unit, it.Name)
	}
}

func main() {
	r := Recipe{Title: "Pancakes", Serves: 4}
	spec := "flour:1.5:cup;milk:1.25:cup;egg:2:pc;sugar:2:tbsp;salt:0.5:tsp;butter:3:tbsp"
	for _, part := range strings.Split(spec, ";") {
		f := strings.Split(part, ":")
		amt, _ := strconv.ParseFloat(f[1], 64)
		r.Items = append(r.Items, Ingredient{f[0], amt, f[2]})
		fmt.Printf("items len=%d cap=%d\n", len(r.Items), cap(r.Items))
	}
	r.Steps = append(r.Steps, "mix dry", "add wet", "fry")
	r.Print()
	for _, n := range []int{1, 2, 6, 3} {
		s := r.Scale(n)
		s.Print()
		fmt.Println("  same steps backing:", &s.Steps[0] == &r.Steps[0], "items cap", cap(s.Items))
	}
	fmt.Println(r.Items[0].Amount, r.Scale(3).Items[4].Amount, r.Scale(7).Items[1].Amount)
	fmt.Printf("%v %g %.3f\n", 2.0/3*7, 1.25*7/4, 0.1*3)
}
