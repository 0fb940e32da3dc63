package main

import "fmt"

type Namer interface {
	Name() string
}

type Greeter interface {
	Namer
	Greet() string
}

type Base struct{ name string }

func (b Base) Name() string { return b.name }

type Loud struct{ level int }

func (l *Loud) Greet() string {
	l.level++
	s := "HELLO"
	for i := 1; i < l.level; i++ {
		s += "!"
	}
	return s
}

type Person struct {
	Base
	*Loud
	age int
}

type Robot struct {
	Base
}

func (r Robot) Greet() string { return "beep " + r.Name() }

func introduce(g Greeter) {
	fmt.Printf("%s says %q\n", g.Name(), g.Greet())
}

func main() {
	p := Person{Base{"ann"}, &Loud{}, 30}
	introduce(p)
	introduce(p)
	introduce(&p)
	r := Robot{Base{"r2"}}
	introduce(r)
	gs := []Greeter{p, r, &r}
	for _, g := range gs {
		fmt.Println(g.Name(), "->", g.Greet())
	}
	var n Namer = p
	fmt.Println("namer:", n.Name())
	fmt.Println("level:", p.level, p.Loud.level)
	_, ok := n.(Greeter)
	fmt.Println("namer holds greeter:", ok)
	var nb Namer = Base{"plain"}
	_, ok = nb.(Greeter)
	fmt.Println("base is greeter:", ok)
}
