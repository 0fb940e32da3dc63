package main

import "fmt"

func main() {
	ix := map[string][]int{}
	for n := 0; n < 3; n++ {
		lines := ix["a"]
		ix["a"] = append(lines, n)
	}
	base := ix["a"]
	ix["b"] = append(base, 100)
	ix["c"] = append(base, 200)
	fmt.Println(ix["a"], ix["b"], ix["c"])
	fmt.Println(cap(ix["a"]), cap(ix["b"]), cap(ix["c"]))
}
