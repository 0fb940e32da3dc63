package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Record struct {
	ID    int
	Name  string
	Price float64
}

func cmpID(r Record, id int) int { return cmp.Compare(r.ID, id) }

func upsert(rs []Record, r Record) []Record {
	i, found := slices.BinarySearchFunc(rs, r.ID, cmpID)
	if found {
		rs[i] = r
		return rs
	}
	return slices.Insert(rs, i, r)
}

func main() {
	primes := []int{2, 3, 5, 7, 11, 13, 17, 19, 23, 29}
	for _, x := range []int{1, 2, 10, 13, 29, 30} {
		i, ok := slices.BinarySearch(primes, x)
		fmt.Printf("search %d -> %d %v\n", x, i, ok)
	}

	names := []string{"apple", "banana", "cherry", "kiwi", "mango"}
	for _, n := range []string{"cherry", "date", "aardvark", "zebra"} {
		i, ok := slices.BinarySearch(names, n)
		fmt.Println(n, i, ok)
	}

	var db []Record
	for _, r := range []Record{
		{40, "widget", 2.5}, {10, "gadget", 10}, {30, "doohickey", 7.25},
		{20, "gizmo", 3}, {30, "doohickey v2", 8}, {5, "thing", 1},
	} {
		db = upsert(db, r)
	}
	for _, r := range db {
		fmt.Printf("%3d %-13s %6.2f\n", r.ID, r.Name, r.Price)
	}
	fmt.Println("sorted:", slices.IsSortedFunc(db, func(a, b Record) int { return cmp.Compare(a.ID, b.ID) }))

	// case-insensitive search on a sorted-by-lowercase list
	words := []string{"Alpha", "bravo", "Charlie", "delta", "Echo"}
	slices.SortFunc(words, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	i, ok := slices.BinarySearchFunc(words, "CHARLIE", func(e, t string) int {
		return strings.Compare(strings.ToLower(e), strings.ToLower(t))
	})
	fmt.Println(words, i, ok)

	// duplicates: BinarySearch returns the first position
	dups := []int{1, 2, 2, 2, 3, 5, 5}
	i, ok = slices.BinarySearch(dups, 2)
	fmt.Println("first 2 at", i, ok)
	i, ok = slices.BinarySearch(dups, 4)
	fmt.Println("insert 4 at", i, ok)
	dups = slices.Insert(dups, i, 4)
	fmt.Println(dups)

	// delete by ID
	if i, ok := slices.BinarySearchFunc(db, 20, cmpID); ok {
		db = slices.Delete(db, i, i+1)
	}
	ids := make([]int, 0, len(db))
	for _, r := range db {
		ids = append(ids, r.ID)
	}
	fmt.Println("after delete:", ids)
	_, ok = slices.BinarySearch([]float64{}, 1.0)
	fmt.Println("empty:", ok)
}
