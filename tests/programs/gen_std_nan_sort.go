package main

import (
	"fmt"
	"math"
	"slices"
	"sort"
)

func describe(xs []float64) string {
	s := "["
	for i, x := range xs {
		if i > 0 {
			s += " "
		}
		switch {
		case math.IsNaN(x):
			s += "NaN"
		case x == 0 && math.Signbit(x):
			s += "-0"
		default:
			s += fmt.Sprint(x)
		}
	}
	return s + "]"
}

func main() {
	nan := math.NaN()
	xs := []float64{3, nan, -1, math.Inf(1), 0, nan, math.Inf(-1), 2.5, -7}
	a := slices.Clone(xs)
	slices.Sort(a)
	fmt.Println("slices.Sort:", describe(a))
	fmt.Println("IsSorted:", slices.IsSorted(a))

	b := slices.Clone(xs)
	sort.Float64s(b)
	fmt.Println("sort.Float64s:", describe(b))
	fmt.Println("sort.Float64sAreSorted:", sort.Float64sAreSorted(b))

	i, ok := slices.BinarySearch(a, 2.5)
	fmt.Println("find 2.5:", i, ok)
	i, ok = slices.BinarySearch(a, nan)
	fmt.Println("find NaN:", i, ok)

	fmt.Println("index NaN:", slices.Index(a, nan), "contains NaN:", slices.Contains(a, nan))
	fmt.Println("compact keeps NaNs:", describe(slices.Compact(slices.Clone(a))))

	// filter NaNs before computing stats
	clean := slices.DeleteFunc(slices.Clone(xs), math.IsNaN)
	clean = slices.DeleteFunc(clean, func(x float64) bool { return math.IsInf(x, 0) })
	slices.Sort(clean)
	sum := 0.0
	for _, x := range clean {
		sum += x
	}
	fmt.Printf("clean=%v mean=%.3f median=%v\n", clean, sum/float64(len(clean)), clean[len(clean)/2])

	zs := []float64{0, math.Copysign(0, -1), 0, math.Copysign(0, -1)}
	slices.Sort(zs)
	fmt.Println("zeros sorted:", slices.IsSorted(zs), len(zs))
	fmt.Println("max NaN slice:", slices.Max([]float64{1, nan}), slices.Min([]float64{nan, 1}))

	f32 := []float32{2, float32(nan), 1}
	slices.Sort(f32)
	fmt.Println(f32)
	desc := slices.Clone(a)
	slices.Reverse(desc)
	fmt.Println("reversed:", describe(desc))
}
