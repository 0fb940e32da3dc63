package main

import "fmt"

type Person struct {
	Name string
	Age  int
	City string
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func filterInts(xs []int, keep func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func reduceInts(xs []int, init int, f func(int, int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func filterPeople(ps []Person, keep func(Person) bool) []Person {
	var out []Person
	for _, p := range ps {
		if keep(p) {
			out = append(out, p)
		}
	}
	return out
}

func names(ps []Person) []string {
	out := []string{}
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

func sortBy(ps []Person, less func(a, b Person) bool) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && less(ps[j], ps[j-1]); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

func forEach(xs []int, f func(i, x int)) {
	for i, x := range xs {
		f(i, x)
	}
}

func main() {
	xs := []int{5, 3, 8, 1, 9, 2, 7, 4, 6}
	sq := mapInts(xs, func(x int) int { return x * x })
	fmt.Println(sq)
	odd := filterInts(sq, func(x int) bool { return x%2 == 1 })
	fmt.Println(odd)
	fmt.Println(reduceInts(odd, 0, func(a, b int) int { return a + b }))
	fmt.Println(reduceInts(xs, xs[0], func(a, b int) int { return min(a, b) }))
	fmt.Println(filterInts(xs, func(int) bool { return false }) == nil)

	threshold := 4
	above := func(x int) bool { return x > threshold }
	fmt.Println(filterInts(xs, above))
	threshold = 7
	fmt.Println(filterInts(xs, above))

	sum := 0
	forEach(xs, func(i, x int) {
		if i%2 == 0 {
			sum += x
		}
	})
	fmt.Println("even-index sum", sum)

	people := []Person{
		{"Ann", 31, "Oslo"},
		{"Bob", 25, "Rome"},
		{"Cid", 42, "Oslo"},
		{"Dee", 25, "Lima"},
		{"Eve", 37, "Rome"},
	}
	fmt.Println(names(filterPeople(people, func(p Person) bool { return p.City == "Oslo" })))
	fmt.Println(names(filterPeople(people, func(p Person) bool { return p.Age < 35 })))

	sortBy(people, func(a, b Person) bool { return a.Age < b.Age })
	fmt.Println(names(people))
	sortBy(people, func(a, b Person) bool {
		if a.City != b.City {
			return a.City < b.City
		}
		return a.Name > b.Name
	})
	for _, p := range people {
		fmt.Printf("%-4s %2d %s\n", p.Name, p.Age, p.City)
	}

	ages := make([]int, 0, len(people))
	for _, p := range people {
		ages = append(ages, p.Age)
	}
	total := reduceInts(ages, 0, func(a, b int) int { return a + b })
	fmt.Printf("total age %d, avg %d\n", total, total/len(ages))
}
