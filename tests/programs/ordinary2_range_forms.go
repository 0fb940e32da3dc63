package main

import (
	"fmt"
	"sort"
)

type Inventory map[string]int

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, r := range "Go€!" {
		fmt.Printf("%d:%c ", i, r)
	}
	fmt.Println()
	arr := [4]int{10, 20, 30, 40}
	for i, v := range arr {
		arr[i] = v * 2
		if i == 0 {
			arr[3] = 999
		}
		fmt.Print(v, " ")
	}
	fmt.Println(arr)
	sl := []int{1, 2, 3}
	for i, v := range sl {
		if i == 0 {
			sl = append(sl, 4)
			sl[2] = 300
		}
		fmt.Print(v, " ")
	}
	fmt.Println(sl, len(sl), cap(sl))
	inv := Inventory{"bolts": 200, "nuts": 150, "gears": 12, "springs": 0}
	keys := make([]string, 0, len(inv))
	for k := range inv {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-8s %4d\n", k, inv[k])
	}
	total := 0
	for _, v := range inv {
		total += v
	}
	fmt.Println("total", total)
	for k := range inv {
		if inv[k] == 0 {
			delete(inv, k)
		}
	}
	fmt.Println(inv, len(inv))
	var nilSlice []string
	for range nilSlice {
		fmt.Println("never")
	}
	count := 0
	for range 5 {
		count++
	}
	fmt.Println(count)
	matrix := [][]string{{"a", "b"}, {"c"}, {}}
	for r, row := range matrix {
		for c := range row {
			fmt.Print(r, c, row[c], " ")
		}
	}
	fmt.Println()
	var n int64 = 4
	for i := range n {
		fmt.Printf("%T:%d ", i, i)
	}
	fmt.Println()
}
