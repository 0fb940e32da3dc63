package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	for _, v := range []int64{0, 5, 9, 10, 42, 99, 100, 101, 12345, -1, -9, -10, -99, -100, math.MaxInt64, math.MinInt64} {
		fmt.Println(strconv.FormatInt(v, 10), strconv.Itoa(int(v)), strconv.FormatUint(uint64(v), 10), "a"+strconv.Itoa(int(v))+"b"+""+"c")
	}
	x, y := "", "q"
	fmt.Println(x+x+x, x+y+x, y+x+y+x, len(x+x+x+x))
}
