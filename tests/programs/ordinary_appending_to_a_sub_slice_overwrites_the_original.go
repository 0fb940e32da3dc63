// Appending to a sub-slice overwrites the original backing array
package main

import "fmt"

func main() {
	orig := []int{1, 2, 3, 4, 5}
	sub := orig[1:3]
	fmt.Println("orig:", orig, "sub:", sub, len(sub), cap(sub))

	sub = append(sub, 99)
	fmt.Println("after append:")
	fmt.Println("orig:", orig)
	fmt.Println("sub: ", sub, len(sub), cap(sub))

	// full slice expression limits capacity
	safe := orig[1:3:3]
	fmt.Println("safe:", safe, len(safe), cap(safe))
	safe = append(safe, 100)
	fmt.Println("orig:", orig)
	fmt.Println("safe:", safe, len(safe), cap(safe))

	// appending past capacity reallocates
	sub = append(sub, 7, 8, 9)
	sub[0] = -1
	fmt.Println("orig:", orig)
	fmt.Println("sub: ", sub, len(sub), cap(sub))
}
