package main

import "fmt"

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 | ~string
}

func Min[T Ordered](a, b T) T {
	if a < b {
		return a
	}
	return b
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func MinOf[T Ordered](first T, rest ...T) T {
	m := first
	for _, v := range rest {
		m = Min(m, v)
	}
	return m
}

func MaxOf[T Ordered](first T, rest ...T) T {
	m := first
	for _, v := range rest {
		m = Max(m, v)
	}
	return m
}

type Name string

func main() {
	fmt.Println(Min(3, 7), Max(3, 7))
	fmt.Println(Min("apple", "banana"), Max("apple", "banana"))
	fmt.Println(Min(int8(-5), int8(4)), Max(uint16(65535), uint16(1)))
	fmt.Println(Min(float32(1.5), float32(-2.25)))
	fmt.Println(MinOf(5, 2, 8, 1, 9), MaxOf(5, 2, 8, 1, 9))
	fmt.Println(MinOf("z"), MaxOf("b", "a", "c"))
	n := MaxOf(Name("bob"), Name("alice"), Name("carol"))
	fmt.Printf("%T %v\n", n, n)
	fmt.Println(Max(uint64(1)<<63, uint64(5)))
	fmt.Println(Min(uintptr(10), uintptr(3)))
	fmt.Println(MinOf(int32(-1), -100, 50))
}
