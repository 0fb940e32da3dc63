package main

import "fmt"

type Grades struct {
	Student string
	Scores  []int
}

func (g Grades) Average() float64 {
	sum := 0
	for _, s := range g.Scores {
		sum += s
	}
	return float64(sum) / float64(len(g.Scores))
}

func (g Grades) Best(n int) []int {
	best := make([]int, 0, n)
	for i := 0; i < n; i++ {
		best = append(best, g.Scores[i])
	}
	return best
}

func main() {
	gs := []Grades{
		{"ann", []int{90, 85, 77}},
		{"ben", []int{60, 70}},
		{"cat", []int{100}},
	}
	for _, g := range gs {
		fmt.Printf("%s avg=%.2f\n", g.Student, g.Average())
	}
	defer fmt.Println("deferred print runs before crash")
	for _, g := range gs {
		fmt.Println(g.Student, g.Best(2))
	}
	fmt.Println("unreachable")
}
