package main

import (
	"fmt"
	"strconv"
)

// The method-value gap carried into a non-generic function: helper inlines G (gc's G
// shape costs ~18 more than memrun's upper bound), so helper's own bound is short too.

type MyInt int

func (m MyInt) String() string { return strconv.Itoa(int(m)) }

var sinkF func() string

func G[T fmt.Stringer](x T) { sinkF = x.String }

func helper(n int) []int {
	G(MyInt(n))
	n = n*3 + 1
	n = n*3 + 2
	n = n*3 + 3
	n = n*3 + 4
	n = n*3 + 5
	var s []int
	s = append(s, n)
	return s
}

func main() {
	s := helper(2)
	fmt.Println(len(s), cap(s), sinkF())
}
