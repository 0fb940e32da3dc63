package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

func Count(start, step int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for n := start; ; n += step {
			if !yield(n) {
				return
			}
		}
	}
}

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func TakeWhile[T any](seq iter.Seq[T], ok func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if !ok(v) || !yield(v) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Zip[A, B any](as []A, bs []B) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		for i := range min(len(as), len(bs)) {
			if !yield(as[i], bs[i]) {
				return
			}
		}
	}
}

func main() {
	fmt.Println(slices.Collect(Take(Count(10, 5), 4)))
	fmt.Println(slices.Collect(TakeWhile(Fib(), func(n int) bool { return n < 100 })))
	evenFib := Filter(Fib(), func(n int) bool { return n%2 == 0 })
	fmt.Println(slices.Collect(Take(evenFib, 6)))

	for n := range Count(1, 1) {
		if n > 20 {
			break
		}
		if n%3 != 0 {
			continue
		}
		fmt.Print(n, " ")
	}
	fmt.Println()

	names := []string{"ann", "bob", "cy"}
	ages := []int{31, 27, 45, 60}
	for name, age := range Zip(names, ages) {
		fmt.Printf("%s is %d\n", name, age)
	}
	long := Filter(slices.Values(strings.Fields("a bb ccc dddd ee f")), func(s string) bool { return len(s) >= 2 })
	fmt.Println(slices.Collect(long), len(slices.Collect(Take(long, 0))))
	sq := func(yield func(int) bool) {
		for i := 1; i <= 5; i++ {
			if !yield(i * i) {
				return
			}
		}
	}
	fmt.Println(slices.Collect(iter.Seq[int](sq)))
}
