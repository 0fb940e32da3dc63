package main

import "fmt"

type Sortable interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func insertionSort(s Sortable) int {
	swaps := 0
	for i := 1; i < s.Len(); i++ {
		for j := i; j > 0 && s.Less(j, j-1); j-- {
			s.Swap(j, j-1)
			swaps++
		}
	}
	return swaps
}

type Ints []int

func (a Ints) Len() int           { return len(a) }
func (a Ints) Less(i, j int) bool { return a[i] < a[j] }
func (a Ints) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type ByName struct{ ByAge }

func (b ByName) Less(i, j int) bool { return b.ByAge[i].Name < b.ByAge[j].Name }

type reverse struct{ Sortable }

func (r reverse) Less(i, j int) bool { return r.Sortable.Less(j, i) }

func Reverse(s Sortable) Sortable { return reverse{s} }

func main() {
	xs := Ints{5, 2, 9, 1, 5, 6}
	fmt.Println("swaps:", insertionSort(xs), xs)
	fmt.Println("swaps:", insertionSort(Reverse(xs)), xs)
	people := []Person{{"dave", 40}, {"alice", 30}, {"carol", 35}, {"bob", 30}}
	insertionSort(ByAge(people))
	fmt.Println("by age:", people)
	insertionSort(ByName{people})
	fmt.Println("by name:", people)
	insertionSort(Reverse(ByName{people}))
	fmt.Printf("reverse name: %+v\n", people)
	var s Sortable = Reverse(Reverse(xs))
	insertionSort(s)
	fmt.Println("double reverse:", xs, s.Len())
	fmt.Printf("%T %T\n", s, s.(reverse).Sortable)
}
