// slices.Insert of a slice gc may keep on the stack (32 bytes) into another variable: the
// result shares the storage in gc and not in a heap-grown slice; memrun refuses.
package main

import (
	"fmt"
	"slices"
)

func main() {
	var s []byte
	for i := range 9 {
		s = append(s, 'a'+byte(i))
	}
	t := slices.Insert(s, 0, []byte("0123456789abcdefghij")...)
	fmt.Println(string(s), len(t), string(t[:3]))
}
