// slices.Clone of a slice nothing prints: gc may keep the clone in its 32-byte stack store, of
// another capacity than a heap append's; memrun refuses.
package main

import (
	"fmt"
	"slices"
)

func main() {
	c := slices.Clone([]int{1, 2, 3})
	fmt.Println(len(c), cap(c))
}
