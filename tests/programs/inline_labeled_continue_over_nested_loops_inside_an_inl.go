// probes: labeled continue over nested loops inside an inlined helper
package main

import "fmt"

func cnt(a []int) (s []int) {
outer:
	for _, x := range a {
		for y := 2; y < x; y++ {
			if x%y == 0 {
				continue outer
			}
		}
		s = append(s, x)
	}
	return
}

func main() {
	a := []int{2, 3, 4, 5, 6, 7, 8, 9}
	for i := 0; i < 3; i++ {
		fmt.Println(cnt(a[i:]))
	}
}
