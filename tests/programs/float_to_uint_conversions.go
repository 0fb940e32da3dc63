package main

import "fmt"

func main() {
	for _, f := range []float64{0, 1.5, 9223372036854775808.0, 1.5 * 9223372036854775808.0, 18446744073709549568.0, 1e20, -1, -1e20} {
		fmt.Println(uint64(f), uint32(f), int64(f), uint(f))
	}
	var g float32 = 1e19
	fmt.Println(uint64(g))
}
