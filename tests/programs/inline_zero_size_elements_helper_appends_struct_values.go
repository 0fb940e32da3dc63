// probes: zero-size elements: helper appends struct{} values and reports cap (no store for size 0)
package main

import "fmt"

func zcap(n int) int {
	var s []struct{}
	for i := 0; i < n; i++ {
		s = append(s, struct{}{})
	}
	return len(s)
}

func main() {
	for i := 1; i < 4; i++ {
		fmt.Print(zcap(i), " ")
	}
	fmt.Println()
}
