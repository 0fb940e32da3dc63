package main

import (
	"fmt"
	"strings"
)

type State int

const (
	Idle State = iota
	Selecting
	Paying
	Dispensing
	OutOfOrder
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case Selecting:
		return "Selecting"
	case Paying:
		return "Paying"
	case Dispensing:
		return "Dispensing"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Machine struct {
	state   State
	credit  int
	choice  string
	prices  map[string]int
	log     []string
	history []State
}

func (m *Machine) transition(to State, why string) {
	m.history = append(m.history, m.state)
	m.log = append(m.log, fmt.Sprintf("%v -> %v (%s)", m.state, to, why))
	m.state = to
}

func (m *Machine) Handle(ev string) {
	cmd, arg, _ := strings.Cut(ev, ":")
	switch {
	case m.state == Idle && cmd == "touch":
		m.transition(Selecting, "touched")
	case m.state == Selecting && cmd == "pick":
		if _, ok := m.prices[arg]; !ok {
			m.log = append(m.log, "unknown item "+arg)
			return
		}
		m.choice = arg
		m.transition(Paying, "picked "+arg)
	case m.state == Paying && cmd == "coin":
		var v int
		fmt.Sscan(arg, &v)
		m.credit += v
		if m.credit >= m.prices[m.choice] {
			m.transition(Dispensing, fmt.Sprintf("paid %d", m.credit))
			change := m.credit - m.prices[m.choice]
			m.credit = 0
			m.log = append(m.log, fmt.Sprintf("dispense %s, change %d", m.choice, change))
			m.transition(Idle, "done")
		}
	case cmd == "cancel" && m.state != Idle:
		m.log = append(m.log, fmt.Sprintf("refund %d", m.credit))
		m.credit = 0
		m.transition(Idle, "cancelled")
	case cmd == "kick":
		m.transition(OutOfOrder, "kicked")
	default:
		m.log = append(m.log, fmt.Sprintf("ignored %q in %v", ev, m.state))
	}
}

func main() {
	m := &Machine{prices: map[string]int{"cola": 150, "chips": 90}}
	events := []string{"coin:50", "touch", "pick:tea", "pick:cola", "coin:100", "coin:25", "coin:25",
		"touch", "pick:chips", "coin:50", "cancel", "cancel", "touch", "pick:chips", "coin:100", "kick", "touch"}
	for _, e := range events {
		m.Handle(e)
	}
	for i, l := range m.log {
		fmt.Printf("%2d %s\n", i, l)
	}
	fmt.Println("final", m.state, "history", m.history, len(m.history), cap(m.history))
	fmt.Printf("%v %d %s\n", OutOfOrder, Paying, Dispensing)
}
