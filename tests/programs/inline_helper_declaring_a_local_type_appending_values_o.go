// probes: helper declaring a local type, appending values of it (gc inlines), aliasing in caller
package main

import "fmt"

func pts(v int) []int {
	type P struct{ a int }
	var s []P
	s = append(s, P{v}, P{v + 1})
	return []int{s[0].a, s[1].a}
}

func main() {
	for i := 0; i < 2; i++ {
		fmt.Println(pts(i))
	}
}
