package main

import "fmt"

type Engine struct {
	HP int
}

func (e *Engine) Power() int { return e.HP }

type Car struct {
	*Engine
	Model string
}

func main() {
	cars := []Car{{&Engine{150}, "sedan"}, {nil, "shell"}}
	for i := 0; i < len(cars); i++ {
		fmt.Println(cars[i].Model, cars[i].Engine == nil)
	}
	fmt.Println(cars[0].Power(), cars[0].HP)
	fmt.Println(cars[1].HP)
}
