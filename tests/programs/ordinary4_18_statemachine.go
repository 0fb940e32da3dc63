package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

var stateNames = [...]string{"Idle", "Running", "Paused", "Stopped"}

func (s State) String() string { return stateNames[s] }

type Event string

type transition struct {
	from State
	ev   Event
}

var transitions = map[transition]State{
	{Idle, "start"}:    Running,
	{Running, "pause"}: Paused,
	{Paused, "resume"}: Running,
	{Running, "stop"}:  Stopped,
	{Paused, "stop"}:   Stopped,
}

type Machine struct {
	state   State
	history []State
	onEnter map[State]func()
}

func (m *Machine) Fire(ev Event) error {
	next, ok := transitions[transition{m.state, ev}]
	if !ok {
		return fmt.Errorf("invalid event %q in state %v", ev, m.state)
	}
	m.history = append(m.history, m.state)
	m.state = next
	if f := m.onEnter[next]; f != nil {
		f()
	}
	return nil
}

func main() {
	runs := 0
	m := &Machine{onEnter: map[State]func(){
		Running: func() { runs++; fmt.Println("  -> entering running, count", runs) },
		Stopped: func() { fmt.Println("  -> stopped for good") },
	}}
	events := []Event{"start", "pause", "start", "resume", "pause", "resume", "stop", "resume"}
	for _, e := range events {
		if err := m.Fire(e); err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-7s => %v\n", e, m.state)
	}
	fmt.Println("history:", m.history)
	fmt.Printf("%v %d %s %q\n", m.state, m.state, Paused, Running)
	fmt.Printf("%+v\n", transition{Paused, "stop"})
	fmt.Println(len(transitions), transition{Idle, "start"} == transition{Idle, "start"})
}
