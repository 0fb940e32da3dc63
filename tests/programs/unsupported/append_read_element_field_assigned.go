// A field of an element of `append(p, T{})` assigned: a write into storage the append may
// share with p (gc's stack store). memrun refuses.
package main

import "fmt"

type T struct{ x, y int16 }

func leaf(p []T) {
	append(p, T{})[0].x = 5
	fmt.Println(p[0], len(p))
}

func walk(p []T, d int) {
	if d == 2 {
		leaf(p)
		return
	}
	walk(append(p, T{}), d+1)
}

func main() {
	walk(nil, 0)
	walk([]T{}, 0)
	walk(make([]T, 0, 3), 0)
}
