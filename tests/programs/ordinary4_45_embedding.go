package main

import "fmt"

type Person struct {
	First, Last string
	Age         int
}

func (p Person) FullName() string { return p.First + " " + p.Last }
func (p *Person) Birthday()       { p.Age++ }
func (p Person) Greet() string    { return "Hi, I'm " + p.First }

type Address struct {
	City, Zip string
}

type Employee struct {
	Person
	*Address
	Title  string
	Salary int
}

func (e Employee) Greet() string {
	return e.Person.Greet() + ", the " + e.Title
}

type Manager struct {
	Employee
	Reports []*Employee
}

func main() {
	e := Employee{
		Person:  Person{"Ada", "Lovelace", 36},
		Address: &Address{"London", "N1"},
		Title:   "Engineer",
		Salary:  100,
	}
	fmt.Println(e.FullName(), e.Age, e.City, e.First)
	e.Birthday()
	fmt.Println(e.Age, e.Person.Age)
	fmt.Println(e.Greet())
	fmt.Println(e.Person.Greet())
	m := Manager{Employee: Employee{Person: Person{First: "Grace", Last: "Hopper"}, Title: "Admiral"}}
	m.Reports = append(m.Reports, &e)
	fmt.Println(m.Greet(), m.FullName(), len(m.Reports), m.Reports[0].City)
	m.Birthday()
	m.Reports[0].Birthday()
	fmt.Println(m.Age, e.Age)
	fmt.Printf("%+v\n", e.Person)
	fmt.Printf("%v\n", m.Person)
	fmt.Printf("%+v\n", *e.Address)
	p1 := Person{"A", "B", 1}
	p2 := Person{"A", "B", 1}
	p3 := p1
	p3.Age = 2
	fmt.Println(p1 == p2, p1 == p3, p1 != p3)
	a1 := Address{"X", "1"}
	e2 := Employee{Person: p1, Address: &a1}
	e3 := Employee{Person: p1, Address: &a1}
	e4 := Employee{Person: p1, Address: &Address{"X", "1"}}
	fmt.Println(e2 == e3, e2 == e4, *e2.Address == *e4.Address)
	type Key struct {
		Person
		Role string
	}
	seen := map[Key]int{}
	seen[Key{p1, "dev"}]++
	seen[Key{p2, "dev"}]++
	seen[Key{p3, "dev"}]++
	fmt.Println(len(seen), seen[Key{p1, "dev"}])
	var noAddr Employee
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(noAddr.City)
}
