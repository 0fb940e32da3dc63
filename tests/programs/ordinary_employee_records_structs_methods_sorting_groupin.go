// Employee records: structs, methods, sorting, grouping
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee struct {
	ID      int
	First   string
	Last    string
	Title   string
	Salary  float64
	Manager *Employee
}

func (e Employee) FullName() string { return e.First + " " + e.Last }

func (e *Employee) Raise(pct float64) {
	e.Salary *= 1 + pct/100
}

func main() {
	boss := &Employee{ID: 1, First: "Grace", Last: "Hopper", Title: "CTO", Salary: 250000}
	staff := []*Employee{
		boss,
		{ID: 2, First: "Alan", Last: "Turing", Title: "Engineer", Salary: 150000, Manager: boss},
		{ID: 3, First: "Ada", Last: "Lovelace", Title: "Engineer", Salary: 155000, Manager: boss},
		{ID: 4, First: "Linus", Last: "Torvalds", Title: "Intern", Salary: 40000},
	}
	staff[3].Manager = staff[1]

	for _, e := range staff {
		if e.Title == "Engineer" {
			e.Raise(10)
		}
	}
	sort.Slice(staff, func(i, j int) bool { return staff[i].Salary > staff[j].Salary })
	for _, e := range staff {
		mgr := "-"
		if e.Manager != nil {
			mgr = e.Manager.FullName()
		}
		fmt.Printf("%-3d %-16s %-9s %12.2f  reports to %s\n", e.ID, e.FullName(), e.Title, e.Salary, mgr)
	}
	byTitle := map[string][]string{}
	for _, e := range staff {
		byTitle[e.Title] = append(byTitle[e.Title], e.Last)
	}
	titles := make([]string, 0, len(byTitle))
	for t := range byTitle {
		titles = append(titles, t)
	}
	sort.Strings(titles)
	for _, t := range titles {
		fmt.Printf("%s: %s\n", t, strings.Join(byTitle[t], ", "))
	}
	e := *staff[0]
	e.Raise(50)
	fmt.Printf("%.0f %.0f\n", e.Salary, staff[0].Salary)
}
