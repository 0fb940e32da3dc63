// Go by Example: variadic functions, multiple return values, recursion
package main

import "fmt"

func sum(nums ...int) int {
	fmt.Print(nums, " ")
	total := 0
	for _, num := range nums {
		total += num
	}
	fmt.Println(total)
	return total
}

func vals() (int, int) { return 3, 7 }

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func fact(n int) int {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func appendAll(dst []int, srcs ...[]int) []int {
	for _, s := range srcs {
		dst = append(dst, s...)
	}
	return dst
}

func main() {
	sum(1, 2)
	sum(1, 2, 3)
	nums := []int{1, 2, 3, 4}
	sum(nums...)
	sum()

	a, b := vals()
	fmt.Println(a, b)
	_, c := vals()
	fmt.Println(c)
	fmt.Println(divmod(17, 5))

	fmt.Println(fact(7))
	var fib func(n int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(15))
	fmt.Println(join("-", "a", "b", "c"), join(","))
	all := appendAll(nil, []int{1}, []int{2, 3}, nil, []int{4, 5, 6})
	fmt.Println(all, len(all), cap(all))
}
