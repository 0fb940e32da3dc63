package main

import "fmt"

func Counter[T comparable]() (func(T), func(T) int) {
	counts := map[T]int{}
	add := func(x T) { counts[x]++ }
	get := func(x T) int { return counts[x] }
	return add, get
}

func Memo[K comparable, V any](f func(K) V) (func(K) V, *int) {
	cache := map[K]V{}
	calls := 0
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		calls++
		v := f(k)
		cache[k] = v
		return v
	}, &calls
}

func Accumulator[T ~int | ~float64](start T) func(T) T {
	total := start
	return func(d T) T {
		total += d
		return total
	}
}

func Generator[T any](xs []T) func() (T, bool) {
	i := 0
	return func() (T, bool) {
		if i >= len(xs) {
			var zero T
			return zero, false
		}
		i++
		return xs[i-1], true
	}
}

func main() {
	add, get := Counter[string]()
	for _, w := range []string{"a", "b", "a", "c", "a"} {
		add(w)
	}
	fmt.Println(get("a"), get("b"), get("z"))
	sq, calls := Memo(func(n int) int { return n * n })
	fmt.Println(sq(4), sq(4), sq(5), *calls)
	acc := Accumulator(1.5)
	acc(1)
	fmt.Println(acc(0.25))
	ai := Accumulator(10)
	fmt.Println(ai(5), ai(-20))
	next := Generator([]string{"x", "y"})
	for {
		v, ok := next()
		if !ok {
			fmt.Printf("done %q\n", v)
			break
		}
		fmt.Println("got", v)
	}
}
