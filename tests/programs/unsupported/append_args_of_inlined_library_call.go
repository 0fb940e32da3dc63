// slices.Equal(append(p, 1), append(p, 2)): gc inlines slices.Equal, so both appends stay on
// the stack and may share p's storage (its stack store): the second overwrites the first's
// last element and gc prints true. memrun once took any library call's argument as escaping
// (a wrong answer); only a parameter gc's tag sends to the heap, of a function it never
// inlines, now counts.
package main

import (
	"fmt"
	"slices"
)

func leaf(p []int64) {
	fmt.Println(slices.Equal(append(p, 1), append(p, 2)))
}

func walk(p []int64, d int) {
	if d == 1 {
		leaf(p)
		return
	}
	walk(append(p, int64(d)), d+1)
}

func main() {
	walk(nil, 0)
	walk([]int64{}, 0)
	walk(make([]int64, 0, 1), 0)
}
