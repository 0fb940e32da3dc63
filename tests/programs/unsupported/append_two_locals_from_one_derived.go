// Two locals one element longer than the same local, full := append(p, 7), a := append(full, 1),
// b := append(full, 2): in gc's stack store a and b share, and b's append overwrites a's last
// element. memrun refuses.
package main

import "fmt"

func leaf(p []int64) {
	full := append(p, 7)
	a := append(full, 1)
	b := append(full, 2)
	fmt.Println(a[2], b[2])
}

func walk(p []int64) {
	leaf(append(p, 0))
}

func main() {
	walk(nil)
}
