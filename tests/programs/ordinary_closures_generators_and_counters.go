// Closures: generators and counters
package main

import "fmt"

func intSeq() func() int {
	i := 0
	return func() int {
		i++
		return i
	}
}

func fibonacci() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func adder() func(int) int {
	sum := 0
	return func(x int) int {
		sum += x
		return sum
	}
}

func makeMultiplier(factor int) func(int) int {
	return func(x int) int { return x * factor }
}

func main() {
	next := intSeq()
	fmt.Println(next(), next(), next())
	newNext := intSeq()
	fmt.Println(newNext())

	f := fibonacci()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	pos, neg := adder(), adder()
	for i := 0; i < 5; i++ {
		fmt.Println(pos(i), neg(-2*i))
	}

	double, triple := makeMultiplier(2), makeMultiplier(3)
	fmt.Println(double(5), triple(5))

	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, fn := range funcs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()

	counter := map[string]func() int{}
	for _, name := range []string{"a", "b"} {
		c := 0
		counter[name] = func() int { c++; return c }
	}
	counter["a"]()
	counter["a"]()
	fmt.Println(counter["a"](), counter["b"]())
}
