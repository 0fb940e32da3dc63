package main

import (
	"errors"
	"fmt"
)

type State int

const (
	Idle State = iota
	HasMoney
	Dispensing
	OutOfStock
)

var stateNames = map[State]string{Idle: "Idle", HasMoney: "HasMoney", Dispensing: "Dispensing", OutOfStock: "OutOfStock"}

func (s State) String() string { return stateNames[s] }

type Machine struct {
	state   State
	credit  int
	stock   map[string]int
	prices  map[string]int
	revenue int
}

var ErrState = errors.New("invalid state")

func (m *Machine) Insert(c int) error {
	if m.state == OutOfStock {
		return fmt.Errorf("insert in %v: %w", m.state, ErrState)
	}
	m.credit += c
	m.state = HasMoney
	return nil
}

func (m *Machine) Select(item string) (change int, err error) {
	defer func() {
		if err == nil {
			m.state = Idle
			if m.total() == 0 {
				m.state = OutOfStock
			}
		}
	}()
	if m.state != HasMoney {
		return 0, fmt.Errorf("select in %v: %w", m.state, ErrState)
	}
	price, ok := m.prices[item]
	if !ok || m.stock[item] == 0 {
		return 0, fmt.Errorf("%s unavailable", item)
	}
	if m.credit < price {
		return 0, fmt.Errorf("need %d more", price-m.credit)
	}
	m.state = Dispensing
	m.stock[item]--
	change = m.credit - price
	m.revenue += price
	m.credit = 0
	return change, nil
}

func (m *Machine) total() int {
	t := 0
	for _, v := range m.stock {
		t += v
	}
	return t
}

func main() {
	m := &Machine{stock: map[string]int{"cola": 1, "chips": 1}, prices: map[string]int{"cola": 125, "chips": 75}}
	steps := []func() error{
		func() error { _, err := m.Select("cola"); return err },
		func() error { return m.Insert(100) },
		func() error { _, err := m.Select("cola"); return err },
		func() error { return m.Insert(50) },
		func() error { c, err := m.Select("cola"); fmt.Println("  change", c); return err },
		func() error { return m.Insert(100) },
		func() error { _, err := m.Select("cola"); return err },
		func() error { c, err := m.Select("chips"); fmt.Println("  change", c); return err },
		func() error { return m.Insert(25) },
	}
	for i, s := range steps {
		err := s()
		fmt.Printf("step %d: state=%v credit=%d err=%v invalid=%t\n", i, m.state, m.credit, err, errors.Is(err, ErrState))
	}
	fmt.Println("revenue", m.revenue, m.stock)
	fmt.Printf("%v %d %v\n", Dispensing, Dispensing, State(7))
}
