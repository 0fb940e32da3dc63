// Two instances of one generic function share gc's shape (int and MyInt are both
// go.shape.int): once inlined, their appends to temporaries share one temporary, and only
// the first takes the stack store. memrun does not follow shapes: refused.
package main

import "fmt"

type MyInt int

func one[T any](x T) int {
	var z []T
	s := append(z[:0], x)
	return cap(s)
}

func main() {
	fmt.Println(one(1), one(MyInt(2)))
}
