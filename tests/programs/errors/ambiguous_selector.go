package main

import "fmt"

type Engine struct {
	Power int
}

type Battery struct {
	Power int
}

type Hybrid struct {
	Engine
	Battery
	Name string
}

func main() {
	h := Hybrid{Engine{150}, Battery{80}, "h1"}
	fmt.Println(h.Engine.Power, h.Battery.Power)
	fmt.Println(h.Power)
}
