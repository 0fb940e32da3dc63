// probes: helper returns a reslice s[:1] of what it appended
package main

import "fmt"

func head(x int) []int {
	var s []int
	s = append(s, x, x+1, x+2)
	return s[:1]
}

func main() {
	a := head(10)
	fmt.Println(len(a), a[0])
	t := append(a, 7)
	u := append(a, 8)
	fmt.Println(t[1], u[1])
}
