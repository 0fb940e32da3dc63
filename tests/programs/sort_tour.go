package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	ints := []int{5, 2, 8, 1, 9, 3, 7, 4, 6, 0, 11, 15, 13, 12, 14, 10, 2, 5}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 7), sort.SearchInts(ints, 100))
	strs := strings.Fields("pear apple fig banana cherry date elderberry grape kiwi lemon mango nectarine orange apple")
	sort.Strings(strs)
	fmt.Println(strs, sort.SearchStrings(strs, "kiwi"))
	fl := []float64{3.5, -1, 2.25, 0, 10, -7.5}
	sort.Float64s(fl)
	fmt.Println(fl)
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}, {"Eve", 30}}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].Name < people[j].Name })
	fmt.Println(people, sort.SliceIsSorted(people, func(i, j int) bool { return people[i].Name < people[j].Name }))
	big := make([]Person, 40)
	for i := range big {
		big[i] = Person{fmt.Sprint("p", i), (i * 37) % 41}
	}
	sort.Slice(big, func(i, j int) bool { return big[i].Age < big[j].Age })
	fmt.Println(big[:5], big[35:])
	sort.Stable(ByAge(big))
	fmt.Println(sort.IsSorted(ByAge(big)))
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	i, found := sort.Find(len(strs), func(i int) int { return strings.Compare("fig", strs[i]) })
	fmt.Println(idx, i, found)
	is := sort.IntSlice{3, 1, 2}
	is.Sort()
	fmt.Println(is, is.Search(2), sort.StringSlice{"b", "a"}.Len())
}
