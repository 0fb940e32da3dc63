package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func filterOdd(in <-chan int) <-chan int {
	out := make(chan int, 2)
	go func() {
		defer close(out)
		for n := range in {
			if n%2 == 1 {
				out <- n
			}
		}
	}()
	return out
}

func sum(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		total := 0
		for n := range in {
			total += n
		}
		out <- total
		close(out)
	}()
	return out
}

func main() {
	// Ordered stages: values arrive in order since each stage is a single goroutine.
	for v := range sq(gen(1, 2, 3, 4, 5)) {
		fmt.Println("square:", v)
	}
	fmt.Println("sum of squares 1..10:", <-sum(sq(gen(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))))
	fmt.Println("sum of odd squares 1..10:", <-sum(filterOdd(sq(gen(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)))))

	// Square twice.
	for v := range sq(sq(gen(2, 3))) {
		fmt.Println("fourth power:", v)
	}

	nums := make([]int, 100)
	for i := range nums {
		nums[i] = i + 1
	}
	s, ok := <-sum(sq(gen(nums...)))
	fmt.Println("sum 1..100 squares:", s, ok)
	_, ok = <-sum(gen())
	fmt.Println("empty pipeline ok:", ok)
}
