// probes: switch with no tag, break inside a case inside a loop in the helper (break leaves the switch only)
package main

import "fmt"

func cls(a []int) (o []int) {
	for _, v := range a {
		switch {
		case v < 0:
			break
		case v == 0:
			continue
		}
		o = append(o, v)
	}
	return
}

func main() {
	fmt.Println(cls([]int{1, -1, 0, 2}))
	fmt.Println(cls(nil))
}
