package main

import "fmt"

func main() {
	ix := map[string][]int{}
	for n := 0; n < 5; n++ {
		lines := ix["k"]
		ix["k"] = append(lines, n)
		fmt.Println(len(lines), cap(lines), len(ix["k"]), cap(ix["k"]))
	}
	first := ix["k"]
	second := ix["k"][1:3]
	fmt.Println(cap(first), cap(second))
	missing := ix["none"]
	fmt.Println(missing == nil, cap(missing))
}
