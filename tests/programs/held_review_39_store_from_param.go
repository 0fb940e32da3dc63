package main

import "fmt"

type Table struct {
	rows [][]int
}

func (t *Table) Add(r []int) {
	t.rows = append(t.rows, r)
}

func main() {
	t := &Table{}
	for i := 0; i < 3; i++ {
		var r []int
		r = append(r, i)
		t.Add(r)
	}
	for _, r := range t.rows {
		fmt.Print(cap(r), " ")
	}
	fmt.Println()
}
