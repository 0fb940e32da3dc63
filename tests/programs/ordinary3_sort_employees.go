package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Age    int
}

type byDeptThenSalary []Employee

func (b byDeptThenSalary) Len() int      { return len(b) }
func (b byDeptThenSalary) Swap(i, j int) { b[i], b[j] = b[j], b[i] }
func (b byDeptThenSalary) Less(i, j int) bool {
	if b[i].Dept != b[j].Dept {
		return b[i].Dept < b[j].Dept
	}
	if b[i].Salary != b[j].Salary {
		return b[i].Salary > b[j].Salary
	}
	return b[i].Name < b[j].Name
}

func print(es []Employee) {
	for _, e := range es {
		fmt.Printf("  %-7s %-5s %6d %3d\n", e.Name, e.Dept, e.Salary, e.Age)
	}
}

func main() {
	staff := []Employee{
		{"Zoe", "eng", 120000, 31}, {"Liam", "ops", 70000, 45}, {"Ava", "eng", 95000, 28},
		{"Noah", "sales", 65000, 39}, {"Mia", "eng", 120000, 26}, {"Eli", "ops", 82000, 33},
		{"Ivy", "sales", 71000, 52}, {"Ben", "eng", 88000, 41},
	}
	sort.Sort(byDeptThenSalary(staff))
	fmt.Println("by dept, salary desc:")
	print(staff)

	sort.SliceStable(staff, func(i, j int) bool { return staff[i].Age/10 < staff[j].Age/10 })
	fmt.Println("stable by decade:")
	print(staff)

	sort.Slice(staff, func(i, j int) bool { return strings.ToLower(staff[i].Name) < strings.ToLower(staff[j].Name) })
	fmt.Println("by name:")
	print(staff)

	sal := make([]int, len(staff))
	for i, e := range staff {
		sal[i] = e.Salary
	}
	sort.Sort(sort.Reverse(sort.IntSlice(sal)))
	fmt.Println(sal)
	idx := sort.Search(len(staff), func(i int) bool { return staff[i].Name >= "Mia" })
	fmt.Println("search Mia:", idx, staff[idx].Name)
	fmt.Println("sorted?", sort.SliceIsSorted(staff, func(i, j int) bool { return staff[i].Name < staff[j].Name }))
}
