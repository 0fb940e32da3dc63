// probes: && guarding an index used as the helper's argument (must not panic)
package main

import "fmt"

func has(x int) bool {
	var s []int
	s = append(s, x)
	return s[0] > 0
}

func main() {
	a := []int{1, 2, 3}
	for i := 0; i < 5; i++ {
		if i < len(a) && has(a[i]) {
			fmt.Println("ok", i)
		}
	}
	fmt.Println("done")
}
