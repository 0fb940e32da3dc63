// Student grades: averages, letter grades, report
package main

import (
	"fmt"
	"math"
	"sort"
)

type Student struct {
	Name   string
	Scores []int
}

func (s Student) Average() float64 {
	if len(s.Scores) == 0 {
		return 0
	}
	sum := 0
	for _, sc := range s.Scores {
		sum += sc
	}
	return float64(sum) / float64(len(s.Scores))
}

func letter(avg float64) string {
	switch {
	case avg >= 90:
		return "A"
	case avg >= 80:
		return "B"
	case avg >= 70:
		return "C"
	case avg >= 60:
		return "D"
	}
	return "F"
}

func stddev(xs []float64) float64 {
	mean := 0.0
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	v := 0.0
	for _, x := range xs {
		v += (x - mean) * (x - mean)
	}
	return math.Sqrt(v / float64(len(xs)))
}

func main() {
	class := []Student{
		{"Ana", []int{92, 88, 95, 100}},
		{"Ben", []int{75, 64, 80}},
		{"Cleo", []int{58, 62, 49, 70, 66}},
		{"Dmitri", []int{85, 91}},
		{"Eun", nil},
	}
	class[1].Scores = append(class[1].Scores, 90)
	sort.Slice(class, func(i, j int) bool { return class[i].Average() > class[j].Average() })
	var avgs []float64
	hist := map[string]int{}
	for rank, s := range class {
		avg := s.Average()
		avgs = append(avgs, avg)
		g := letter(avg)
		hist[g]++
		fmt.Printf("%d. %-7s %v avg=%6.2f grade=%s\n", rank+1, s.Name, s.Scores, avg, g)
	}
	fmt.Printf("class stddev: %.3f\n", stddev(avgs))
	for _, g := range []string{"A", "B", "C", "D", "F"} {
		fmt.Printf("%s: %d\n", g, hist[g])
	}
	fmt.Println(math.Round(avgs[0]*10)/10, math.Floor(avgs[1]), math.Ceil(avgs[2]))
}
