package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Person struct {
	Name string
	Age  int
}

type ByName []Person

func (p ByName) Len() int           { return len(p) }
func (p ByName) Less(i, j int) bool { return p[i].Name < p[j].Name }
func (p ByName) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }

type Temps []Celsius

func (t Temps) Mean() Celsius {
	var s Celsius
	for _, v := range t {
		s += v
	}
	return s / Celsius(len(t))
}

type UserID int
type Level uint8

func main() {
	temps := Temps{22.5, 18, 30.25, -4, 18, 12.75}
	sorted := slices.Clone(temps)
	slices.Sort(sorted)
	fmt.Println(sorted)
	fmt.Printf("%T %v %v %v\n", sorted, slices.Min(temps), slices.Max(temps), temps.Mean())
	i, ok := slices.BinarySearch(sorted, 18)
	fmt.Println(i, ok, slices.Index(temps, Celsius(18)))
	fmt.Println(slices.Compact(sorted))

	people := ByName{{"mia", 31}, {"ali", 45}, {"zed", 22}, {"bea", 31}}
	sort.Sort(people)
	fmt.Println(people)
	slices.SortFunc(people, func(a, b Person) int {
		return cmp.Or(cmp.Compare(a.Age, b.Age), strings.Compare(a.Name, b.Name))
	})
	fmt.Println(people)
	sort.Sort(sort.Reverse(people))
	fmt.Println(people, sort.IsSorted(people))
	oldest := slices.MaxFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println("oldest:", oldest.Name)

	ids := []UserID{42, 7, 19, 7}
	slices.Sort(ids)
	fmt.Println(slices.Compact(ids), slices.Contains(ids, 19))
	lv := []Level{3, 1, 255, 0}
	slices.SortFunc(lv, func(a, b Level) int { return cmp.Compare(b, a) })
	fmt.Println(lv, max(lv[0], lv[1]))

	names := sort.StringSlice{"c", "a", "b"}
	slices.Sort(names)
	fmt.Println(names, slices.IsSorted(names))
	fmt.Println(slices.Equal(Temps{1, 2}, []Celsius{1, 2}))
	hot := slices.IndexFunc(temps, func(c Celsius) bool { return c > 25 })
	fmt.Println("first hot:", temps[hot])
}
