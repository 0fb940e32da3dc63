package main

import "fmt"

func main() {
	ix := map[int][]int{}
	for n := 0; n < 12; n++ {
		k := n % 3
		lines := ix[k]
		if len(lines) >= 3 {
			lines = lines[:0]
		}
		ix[k] = append(lines, n)
	}
	for k := 0; k < 3; k++ {
		fmt.Println(k, ix[k], cap(ix[k]))
	}
	jx := map[int][]int{}
	for n := 0; n < 10; n++ {
		k := n % 2
		lines := jx[k]
		if n == 6 {
			lines = nil
		}
		jx[k] = append(lines, n)
	}
	fmt.Println(jx[0], cap(jx[0]), jx[1], cap(jx[1]))
}
