// gc's order pass evaluates an `append` among a call's arguments into a temporary in
// argument order, like a call: before a later argument's call runs, not after.
package main

import "fmt"

var cur int

func bump() int {
	cur++
	return cur
}

func show(a []int, b int) {
	fmt.Println(a, b)
}

func pair(a []int, b int) {
	fmt.Println(a[len(a)-1], b)
}

func set(p *[8]int) int { p[0] = 5; return 0 }

func last(p []int) int { return p[len(p)-1] }

func main() {
	show(append([]int{}, cur), bump())
	x := []int{7}
	show(append(x[:0], cur), bump())
	fmt.Println(append([]int{}, cur), bump())
	show(append([]int{cur}, []int{cur, cur}...), bump())

	var arr [8]int
	y := arr[:0]
	pair(append(y, 1), set(&arr))
	fmt.Println(arr[0])

	p := make([]int, 0, 8)
	pair(append(p, 1), last(append(p, 2)))
	defer show(append([]int{}, cur), bump())
	cur = 100
}
