package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

type Reading struct {
	Sensor string
	Value  float64
}

func clamp[T cmp.Ordered](x, lo, hi T) T {
	return min(max(x, lo), hi)
}

func main() {
	xs := []int{4, -2, 17, 9, 17, 0}
	fmt.Println(slices.Min(xs), slices.Max(xs))
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max("apple", "banana", "cherry"))
	fmt.Println(slices.Min([]string{"pear", "Apple", "fig"}), slices.Max([]string{"pear", "Apple", "fig"}))

	fs := []float64{2.5, math.NaN(), -1, 8}
	fmt.Println("Min with NaN:", slices.Min(fs), "Max with NaN:", slices.Max(fs))
	fmt.Println("builtin with NaN:", min(1.0, math.NaN()), max(math.NaN(), 3.0))
	fmt.Println(min(0.0, math.Copysign(0, -1)), max(math.Copysign(0, -1), 0.0))
	fmt.Println(slices.Max([]float64{math.Inf(-1), -5}), slices.Min([]float64{math.Inf(1), 5}))

	rs := []Reading{{"a", 3.2}, {"b", 7.5}, {"c", -1.25}, {"d", 7.5}, {"e", -1.25}}
	byVal := func(x, y Reading) int { return cmp.Compare(x.Value, y.Value) }
	fmt.Println("max first:", slices.MaxFunc(rs, byVal), "min first:", slices.MinFunc(rs, byVal))

	for _, v := range []int{-5, 5, 50} {
		fmt.Print(clamp(v, 0, 10), " ")
	}
	fmt.Println(clamp("m", "c", "k"), clamp(2.5, 1.0, 3.0))

	words := strings.Fields("the slow green turtle crossed a wide road")
	longest := slices.MaxFunc(words, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	shortest := slices.MinFunc(words, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	fmt.Println(longest, shortest)

	var running []int
	lo, hi := math.MaxInt, math.MinInt
	for _, x := range xs {
		lo = min(lo, x)
		hi = max(hi, x)
		running = append(running, hi-lo)
	}
	fmt.Println(lo, hi, running)

	type Celsius float64
	temps := []Celsius{21.5, 19, 25.25, 18.75}
	fmt.Printf("%.2f %.2f %T\n", slices.Min(temps), slices.Max(temps), slices.Max(temps))
	var u8 []uint8 = []uint8{200, 7, 255, 0}
	fmt.Println(slices.Max(u8), slices.Min(u8), max(u8[0], u8[1]))
}
