// sort.Slice, sort.Strings, slices.Sort
package main

import (
	"fmt"
	"slices"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	people := []Person{
		{"Alice", 30},
		{"Bob", 25},
		{"Carol", 35},
		{"Dave", 25},
		{"Eve", 30},
	}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println("by age:", people)

	sort.SliceStable(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println("by name desc:", people)

	ints := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	idx := sort.SearchInts(ints, 8)
	fmt.Println("index of 8:", idx)

	strs := []string{"peach", "apple", "banana", "cherry"}
	sort.Strings(strs)
	fmt.Println(strs)

	floats := []float64{3.14, 1.41, 2.71, 0.57}
	slices.Sort(floats)
	fmt.Println(floats)

	nums := []int{40, 10, 30, 20}
	slices.Sort(nums)
	i, found := slices.BinarySearch(nums, 30)
	fmt.Println(nums, i, found)
	slices.Reverse(nums)
	fmt.Println(nums, slices.Max(nums), slices.Min(nums))

	slices.SortFunc(people, func(a, b Person) int {
		if a.Age != b.Age {
			return a.Age - b.Age
		}
		if a.Name < b.Name {
			return -1
		}
		return 1
	})
	for _, p := range people {
		fmt.Printf("%+v\n", p)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
}
