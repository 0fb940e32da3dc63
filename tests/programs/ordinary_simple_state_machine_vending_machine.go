// Simple state machine: vending machine
package main

import "fmt"

type State int

const (
	Idle State = iota
	HasMoney
	Dispensing
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case HasMoney:
		return "HasMoney"
	case Dispensing:
		return "Dispensing"
	}
	return "?"
}

type Machine struct {
	state   State
	credit  int
	stock   map[string]int
	prices  map[string]int
	dispLog []string
}

func (m *Machine) Insert(c int) {
	m.credit += c
	m.state = HasMoney
	fmt.Printf("inserted %d, credit %d, state %v\n", c, m.credit, m.state)
}

func (m *Machine) Select(item string) {
	if m.state != HasMoney {
		fmt.Println("insert money first")
		return
	}
	price, ok := m.prices[item]
	switch {
	case !ok:
		fmt.Println("no such item:", item)
	case m.stock[item] == 0:
		fmt.Println("sold out:", item)
	case m.credit < price:
		fmt.Printf("need %d more for %s\n", price-m.credit, item)
	default:
		m.state = Dispensing
		m.stock[item]--
		m.credit -= price
		m.dispLog = append(m.dispLog, item)
		fmt.Printf("dispensing %s (%v), change %d\n", item, m.state, m.credit)
		m.credit = 0
		m.state = Idle
	}
}

func main() {
	m := &Machine{
		stock:  map[string]int{"cola": 1, "chips": 5},
		prices: map[string]int{"cola": 150, "chips": 100, "candy": 75},
	}
	m.Select("cola")
	m.Insert(100)
	m.Select("cola")
	m.Insert(100)
	m.Select("cola")
	m.Insert(200)
	m.Select("cola")
	m.Select("candy")
	m.Select("chips")
	fmt.Println(m.state, m.dispLog, m.stock["cola"], m.stock["chips"])
	fmt.Printf("%v %d %s\n", m.state, m.state, Dispensing)
}
