// probes: named results assigned then an explicit return of other values (named results overwritten)
package main

import "fmt"

func pick(v int) (a []int, b int) {
	a = append(a, v)
	b = 7
	if v > 1 {
		return nil, b + v
	}
	return a, b
}

func main() {
	for v := 0; v < 3; v++ {
		a, b := pick(v)
		fmt.Println(a, b, a == nil)
	}
}
