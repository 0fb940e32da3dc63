package main

import "fmt"

type Stat struct {
	Name  string
	Total int
	Count int
}

func (s Stat) Mean() int { return s.Total / s.Count }

func main() {
	stats := []Stat{
		{"cpu", 340, 4},
		{"mem", 1024, 8},
		{"disk", 77, 1},
		{"net", 0, 0},
	}
	sum := 0
	for i, s := range stats {
		fmt.Printf("%d %-4s mean=%d\n", i, s.Name, s.Mean())
		sum += s.Mean()
	}
	fmt.Println("sum", sum)
}
