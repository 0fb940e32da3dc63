package main

import (
	"cmp"
	"fmt"
)

type Ordered = cmp.Ordered

func Max[T Ordered](a, b T) T { return max(a, b) }

func main() {
	fmt.Println(Max(1, 2))
}
