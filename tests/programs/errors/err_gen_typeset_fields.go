package main

import "fmt"

type S struct{ X int }
type P struct{ X int }
type Q struct{ X int }
type I interface{ M() }

func Cv[T ~[]int | ~[]int8](x T) { _ = []int(x) }
func Rg3[T ~func(func(int) bool) | ~func(func(int8) bool)](c T) {
	for range c {
	}
}
func Fa[T interface{ *S }](p T) { _ = p.X }
func Fb[T P | Q](v T) int { return v.X }
func Fc[T ~struct{ X int }](v T) int { return v.X }
func Pm[T I](x T) { p := &x; p.M() }
func Dr[T *int | *float64](p T) { fmt.Println(*p) }
func Cl[T func() int | func() int8](f T) { fmt.Println(f()) }
func Ix[T ~[]int | ~map[int]int](x T) int { return x[1] }
func Lit[T ~[]int | ~[]int8]() T { return T{1} }
func main() {}
