package main

import "fmt"

type Student struct {
	Name  string
	Class string
	Score int
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func sortedKeys(m map[string][]Student) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sortStrings(keys)
	return keys
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 75:
		return "B"
	case score >= 60:
		return "C"
	}
	return "F"
}

func main() {
	students := []Student{
		{"Ann", "math", 91},
		{"Bob", "art", 72},
		{"Cid", "math", 58},
		{"Dee", "bio", 88},
		{"Eve", "art", 95},
		{"Fay", "math", 77},
		{"Gus", "bio", 61},
		{"Hal", "art", 40},
	}

	byClass := map[string][]Student{}
	for _, s := range students {
		byClass[s.Class] = append(byClass[s.Class], s)
	}
	for _, class := range sortedKeys(byClass) {
		group := byClass[class]
		sum := 0
		var names []string
		for _, s := range group {
			sum += s.Score
			names = append(names, s.Name)
		}
		fmt.Printf("%-5s n=%d avg=%d %v\n", class, len(group), sum/len(group), names)
	}

	byGrade := map[string][]string{}
	for _, s := range students {
		g := grade(s.Score)
		byGrade[g] = append(byGrade[g], s.Name)
	}
	fmt.Println(byGrade)

	// Group then index by two levels.
	matrix := map[string]map[string]int{}
	for _, s := range students {
		inner, ok := matrix[s.Class]
		if !ok {
			inner = map[string]int{}
			matrix[s.Class] = inner
		}
		inner[grade(s.Score)]++
	}
	fmt.Println(matrix)

	// Best per class.
	best := map[string]Student{}
	for _, s := range students {
		if cur, ok := best[s.Class]; !ok || s.Score > cur.Score {
			best[s.Class] = s
		}
	}
	fmt.Println(best)

	// Group integers by remainder, with a struct key.
	type bucket struct{ mod, rem int }
	groups := map[bucket][]int{}
	for i := 1; i <= 12; i++ {
		for _, m := range []int{3, 4} {
			k := bucket{m, i % m}
			groups[k] = append(groups[k], i)
		}
	}
	fmt.Println(len(groups), groups[bucket{3, 0}], groups[bucket{4, 1}])
	fmt.Println(groups)

	// Appending to a slice stored in a map does not alias other keys.
	a := map[string][]int{}
	a["x"] = append(a["x"], 1)
	a["y"] = a["x"]
	a["y"] = append(a["y"], 2)
	a["x"][0] = 9
	fmt.Println(a)
}
