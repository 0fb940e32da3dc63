package main

import (
	"fmt"
	"slices"
	"strings"
)

type Book struct {
	Title  string
	Author string
	Year   int
	Rating float64
}

func byYearThenTitle(a, b Book) int {
	if a.Year != b.Year {
		return a.Year - b.Year
	}
	return strings.Compare(a.Title, b.Title)
}

func main() {
	books := []Book{
		{"Dune", "Herbert", 1965, 4.3},
		{"Neuromancer", "Gibson", 1984, 3.9},
		{"Foundation", "Asimov", 1951, 4.2},
		{"Hyperion", "Simmons", 1989, 4.25},
		{"I, Robot", "Asimov", 1950, 4.1},
		{"Count Zero", "Gibson", 1986, 3.85},
		{"Solaris", "Lem", 1961, 4.0},
		{"Ubik", "Dick", 1969, 4.1},
		{"Emphyrio", "Vance", 1969, 4.05},
	}
	slices.SortFunc(books, byYearThenTitle)
	for _, b := range books {
		fmt.Printf("%d %-12s %-8s %.2f\n", b.Year, b.Title, b.Author, b.Rating)
	}
	slices.SortStableFunc(books, func(a, b Book) int {
		switch {
		case a.Rating > b.Rating:
			return -1
		case a.Rating < b.Rating:
			return 1
		}
		return 0
	})
	fmt.Println("by rating:")
	for i, b := range books {
		fmt.Printf("%2d. %s (%v)\n", i+1, b.Title, b.Rating)
	}
	i, found := slices.BinarySearchFunc([]int{1950, 1961, 1969, 1984}, 1969, func(a, b int) int { return a - b })
	fmt.Println("bsearch:", i, found)
	best := slices.MaxFunc(books, func(a, b Book) int { return a.Year - b.Year })
	oldest := slices.MinFunc(books, func(a, b Book) int { return a.Year - b.Year })
	fmt.Println("newest:", best.Title, "oldest:", oldest.Title)
	idx := slices.IndexFunc(books, func(b Book) bool { return b.Author == "Lem" })
	fmt.Println("lem at", idx)
	titles := make([]string, 0, len(books))
	for _, b := range books {
		titles = append(titles, b.Title)
	}
	slices.Sort(titles)
	slices.Reverse(titles)
	fmt.Println(titles)
	fmt.Println(slices.IsSortedFunc(books, byYearThenTitle))
}
