// probes: s[i], m[k] = two() with a nil map m: is s[i] assigned before the nil-map panic?
package main

import "fmt"

func two(v int) (int, int) {
	s := append([]int(nil), v, v+1)
	return s[0], s[1]
}

func main() {
	var m map[string]int
	s := []int{0, 0}
	defer func() {
		fmt.Println(recover(), s, len(m))
	}()
	s[1], m["x"] = two(4)
	fmt.Println("unreached")
}
