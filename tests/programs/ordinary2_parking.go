package main

import (
	"errors"
	"fmt"
	"strings"
)

type Size int

const (
	Small Size = iota
	Medium
	Large
)

func (s Size) String() string { return []string{"S", "M", "L"}[s] }

type Vehicle struct {
	Plate string
	Size  Size
}

type Spot struct {
	ID       int
	Size     Size
	Occupant *Vehicle
}

type Lot struct {
	spots []Spot
	index map[string]int
}

var ErrFull = errors.New("lot full")

func NewLot(sizes ...Size) *Lot {
	l := &Lot{index: map[string]int{}}
	for i, s := range sizes {
		l.spots = append(l.spots, Spot{ID: i + 1, Size: s})
	}
	return l
}

func (l *Lot) Park(v Vehicle) (int, error) {
	if _, dup := l.index[v.Plate]; dup {
		return 0, fmt.Errorf("%s already parked", v.Plate)
	}
	for i := range l.spots {
		s := &l.spots[i]
		if s.Occupant == nil && s.Size >= v.Size {
			s.Occupant = &v
			l.index[v.Plate] = i
			return s.ID, nil
		}
	}
	return 0, fmt.Errorf("park %s (%v): %w", v.Plate, v.Size, ErrFull)
}

func (l *Lot) Leave(plate string) bool {
	i, ok := l.index[plate]
	if !ok {
		return false
	}
	l.spots[i].Occupant = nil
	delete(l.index, plate)
	return true
}

func (l *Lot) String() string {
	var sb strings.Builder
	for _, s := range l.spots {
		occ := "----"
		if s.Occupant != nil {
			occ = s.Occupant.Plate
		}
		fmt.Fprintf(&sb, "[%d%v:%s]", s.ID, s.Size, occ)
	}
	return sb.String()
}

func main() {
	lot := NewLot(Small, Small, Medium, Large, Medium)
	cars := []Vehicle{{"AAA1", Small}, {"BUS9", Large}, {"CAR2", Medium}, {"CAR3", Medium}, {"MOTO", Small}, {"TRK7", Large}, {"AAA1", Small}}
	for _, c := range cars {
		id, err := lot.Park(c)
		fmt.Printf("%-5s -> spot %d err=%v full=%t\n", c.Plate, id, err, errors.Is(err, ErrFull))
	}
	fmt.Println(lot)
	fmt.Println(lot.Leave("BUS9"), lot.Leave("NOPE"))
	id, err := lot.Park(Vehicle{"TRK7", Large})
	fmt.Println(id, err)
	fmt.Println(lot, len(lot.index))
	fmt.Printf("%+v\n", *lot.spots[0].Occupant)
}
