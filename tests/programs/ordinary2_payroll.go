package main

import (
	"fmt"
	"sort"
)

type Payable interface {
	Pay() float64
	fmt.Stringer
}

type Person struct {
	First, Last string
}

func (p Person) FullName() string { return p.First + " " + p.Last }

type Salaried struct {
	Person
	Annual float64
}

type Hourly struct {
	Person
	Rate  float64
	Hours float64
}

type Contractor struct {
	Person
	Invoices []float64
}

func (s Salaried) Pay() float64 { return s.Annual / 12 }
func (h Hourly) Pay() float64 {
	if h.Hours > 160 {
		return 160*h.Rate + (h.Hours-160)*h.Rate*1.5
	}
	return h.Hours * h.Rate
}
func (c *Contractor) Pay() float64 {
	t := 0.0
	for _, v := range c.Invoices {
		t += v
	}
	return t
}

func (s Salaried) String() string    { return "S:" + s.FullName() }
func (h Hourly) String() string      { return "H:" + h.FullName() }
func (c *Contractor) String() string { return "C:" + c.FullName() }

func main() {
	staff := []Payable{
		Salaried{Person{"Ada", "Lovelace"}, 120000},
		Hourly{Person{"Alan", "Turing"}, 50, 172},
		&Contractor{Person{"Grace", "Hopper"}, []float64{1200, 850.5, 99.99}},
		Hourly{Person{"Linus", "T"}, 42.25, 80},
	}
	sort.Slice(staff, func(i, j int) bool { return staff[i].Pay() > staff[j].Pay() })
	total := 0.0
	for i, p := range staff {
		fmt.Printf("%d. %-18s %10.2f\n", i+1, p, p.Pay())
		total += p.Pay()
	}
	fmt.Printf("%-21s %10.2f\n", "TOTAL", total)
	counts := map[string]int{}
	for _, p := range staff {
		counts[fmt.Sprintf("%T", p)]++
	}
	fmt.Println(counts)
	if c, ok := staff[3].(*Contractor); ok {
		c.Invoices = append(c.Invoices, 1000)
		fmt.Println("updated", c, c.Pay())
	} else {
		fmt.Printf("staff[3] is %T\n", staff[3])
	}
	fmt.Println(staff[0])
}
