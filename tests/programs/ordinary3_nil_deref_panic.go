package main

import "fmt"

type Employee struct {
	Name    string
	Manager *Employee
	Reports []*Employee
}

func (e *Employee) AddReport(r *Employee) {
	r.Manager = e
	e.Reports = append(e.Reports, r)
}

func (e *Employee) Chain() []string {
	var out []string
	for cur := e; cur != nil; cur = cur.Manager {
		out = append(out, cur.Name)
	}
	return out
}

func (e *Employee) Count() int {
	n := 1
	for _, r := range e.Reports {
		n += r.Count()
	}
	return n
}

func main() {
	ceo := &Employee{Name: "Ada"}
	cto := &Employee{Name: "Brian"}
	dev1 := &Employee{Name: "Cleo"}
	dev2 := &Employee{Name: "Dmitri"}
	ceo.AddReport(cto)
	cto.AddReport(dev1)
	cto.AddReport(dev2)
	fmt.Println(dev2.Chain(), ceo.Count())
	fmt.Println("reports", len(cto.Reports), cap(cto.Reports))
	lookup := map[string]*Employee{"ada": ceo, "brian": cto}
	for _, name := range []string{"brian", "ada", "zed"} {
		e := lookup[name]
		fmt.Println("looking at", name)
		fmt.Println("  manager of", e.Name, "is", e.Manager.Name)
	}
}
