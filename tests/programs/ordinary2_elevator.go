package main

import (
	"fmt"
	"sort"
)

type Direction int

const (
	Idle Direction = iota
	Up
	Down
)

func (d Direction) String() string { return [...]string{"idle", "up", "down"}[d] }

type Elevator struct {
	Floor    int
	Dir      Direction
	requests map[int]bool
	log      []string
}

func (e *Elevator) Call(floors ...int) {
	if e.requests == nil {
		e.requests = make(map[int]bool)
	}
	for _, f := range floors {
		e.requests[f] = true
	}
}

func (e *Elevator) pending() []int {
	var fs []int
	for f := range e.requests {
		fs = append(fs, f)
	}
	sort.Ints(fs)
	return fs
}

func (e *Elevator) Step() bool {
	fs := e.pending()
	if len(fs) == 0 {
		e.Dir = Idle
		return false
	}
	if e.requests[e.Floor] {
		delete(e.requests, e.Floor)
		e.log = append(e.log, fmt.Sprintf("open@%d", e.Floor))
		return true
	}
	hasAbove, hasBelow := fs[len(fs)-1] > e.Floor, fs[0] < e.Floor
	switch {
	case e.Dir == Up && hasAbove, e.Dir != Down && !hasBelow:
		e.Dir = Up
	case hasBelow:
		e.Dir = Down
	default:
		e.Dir = Up
	}
	if e.Dir == Up {
		e.Floor++
	} else {
		e.Floor--
	}
	return true
}

func main() {
	e := &Elevator{Floor: 3}
	e.Call(5, 1, 7)
	steps := 0
	for e.Step() {
		steps++
		if steps == 3 {
			e.Call(2, 6)
		}
		fmt.Printf("t=%2d floor=%d dir=%-4v pending=%v\n", steps, e.Floor, e.Dir, e.pending())
	}
	fmt.Println(e.log, len(e.log), e.Dir)
	fmt.Printf("%+v\n", Elevator{Floor: 1})
}
