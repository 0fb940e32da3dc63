package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
)

type Student struct {
	Name  string
	Grade int
	Age   int
}

type ByGrade []Student

func (s ByGrade) Len() int           { return len(s) }
func (s ByGrade) Less(i, j int) bool { return s[i].Grade > s[j].Grade }
func (s ByGrade) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	students := []Student{
		{"Zoe", 90, 20}, {"Adam", 85, 22}, {"Mia", 90, 19}, {"Liam", 70, 21}, {"Eva", 85, 20},
	}
	sort.Sort(ByGrade(students))
	fmt.Println(sort.IsSorted(ByGrade(students)))
	sort.Stable(ByGrade(students))
	for _, s := range students {
		fmt.Printf("%-5s %d %d\n", s.Name, s.Grade, s.Age)
	}
	slices.SortFunc(students, func(a, b Student) int {
		return cmp.Or(cmp.Compare(b.Grade, a.Grade), cmp.Compare(a.Name, b.Name))
	})
	fmt.Println(students)
	sort.SliceStable(students, func(i, j int) bool { return students[i].Age < students[j].Age })
	fmt.Printf("%+v\n", students)
	ints := []int{5, 2, 8, 1, 9, 3}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	sort.Ints(ints)
	idx := sort.SearchInts(ints, 8)
	fmt.Println(ints, idx, sort.SearchInts(ints, 4))
	i := sort.Search(len(ints), func(i int) bool { return ints[i] >= 6 })
	fmt.Println(i)
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))
	words := []string{"banana", "Apple", "cherry", "apple"}
	slices.Sort(words)
	fmt.Println(words)
	pos, found := slices.BinarySearch(words, "banana")
	fmt.Println(pos, found)
	fmt.Println(slices.Index(words, "cherry"), slices.Contains(words, "kiwi"), slices.Max(ints), slices.Min(fl))
	fmt.Println(slices.Equal(ints, []int{1, 2, 3, 5, 8, 9}))
	compact := slices.Compact([]int{1, 1, 2, 2, 2, 3, 1})
	fmt.Println(compact, slices.Insert([]int{1, 4}, 1, 2, 3), slices.Repeat([]string{"ab"}, 3))
}
