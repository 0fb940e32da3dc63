// slices.Insert into a slice held as a map's value, stored back: the capacity of every value
// the map holds follows from the literal or the inserts that grew it.
package main

import (
	"fmt"
	"slices"
)

type School struct {
	grades map[int][]string
}

func (s *School) Add(name string, grade int) {
	list := s.grades[grade]
	i, _ := slices.BinarySearch(list, name)
	s.grades[grade] = slices.Insert(list, i, name)
}

func main() {
	s := &School{grades: map[int][]string{1: make([]string, 0, 3)}}
	for _, e := range []struct {
		n string
		g int
	}{{"zed", 1}, {"amy", 1}, {"bob", 2}, {"kim", 1}, {"al", 1}, {"cy", 2}, {"di", 1}} {
		s.Add(e.n, e.g)
		fmt.Println(e.n, s.grades[e.g], len(s.grades[e.g]), cap(s.grades[e.g]))
	}
	before := s.grades[1][:2]
	s.Add("abe", 1)
	fmt.Println(before, s.grades[1], cap(s.grades[1]))
}
