package main

import "fmt"

type Engine interface {
	Start() string
	Power() int
}

type Petrol struct{ hp int }
type Electric struct{ kw int }

func (p Petrol) Start() string    { return "vroom" }
func (p Petrol) Power() int       { return p.hp }
func (e *Electric) Start() string { return "hum" }
func (e *Electric) Power() int    { return e.kw * 4 / 3 }

type Car struct {
	Name   string
	Engine Engine
	Extras []Engine
}

func (c Car) Describe() string {
	if c.Engine == nil {
		return c.Name + ": no engine"
	}
	total := c.Engine.Power()
	for _, x := range c.Extras {
		total += x.Power()
	}
	return fmt.Sprintf("%s: %s, %d hp total", c.Name, c.Engine.Start(), total)
}

func main() {
	e := &Electric{150}
	cars := []Car{
		{"sedan", Petrol{120}, nil},
		{"ev", e, nil},
		{"hybrid", Petrol{90}, []Engine{&Electric{60}, &Electric{30}}},
		{Name: "shell"},
	}
	for _, c := range cars {
		fmt.Println(c.Describe())
	}
	e.kw = 300
	fmt.Println("after upgrade:", cars[1].Describe())
	cars[0].Engine = cars[2].Extras[0]
	fmt.Println("swapped:", cars[0].Describe())
	fmt.Println("same engine:", cars[0].Engine == cars[2].Extras[0])
	fmt.Printf("%v\n", cars[3])
	fmt.Printf("%+v\n", Car{"p", Petrol{1}, []Engine{Petrol{2}}})
	type Garage struct {
		Slots [2]Engine
	}
	var g Garage
	g.Slots[1] = Petrol{5}
	fmt.Printf("%v %v\n", g, g.Slots[0] == nil)
}
