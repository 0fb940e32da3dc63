package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	byInitial := map[byte][]string{}
	for _, w := range strings.Fields("apple avocado banana blueberry cherry apricot blackberry almond") {
		list := byInitial[w[0]]
		list = append(list, w)
		byInitial[w[0]] = list
	}
	var keys []int
	for k := range byInitial {
		keys = append(keys, int(k))
	}
	sort.Ints(keys)
	for _, k := range keys {
		l := byInitial[byte(k)]
		fmt.Printf("%c %v len=%d cap=%d\n", k, l, len(l), cap(l))
	}

	// Rows grown in place in a table, each copied out and back.
	table := make([][]int, 3)
	for i := 0; i < 10; i++ {
		row := table[i%3]
		row = append(row, i*i)
		table[i%3] = row
	}
	for _, row := range table {
		fmt.Println(row, len(row), cap(row))
	}
}
