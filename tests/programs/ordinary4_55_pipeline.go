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

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func filter(in <-chan int, pred func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			if pred(n) {
				out <- n
			}
		}
	}()
	return out
}

func take(in <-chan int, n int, done chan<- struct{}) []int {
	var res []int
	for v := range in {
		if len(res) == n {
			break
		}
		res = append(res, v)
	}
	close(done)
	return res
}

func primes() <-chan int {
	ch := make(chan int)
	go func() {
		for i := 2; ; i++ {
			ch <- i
		}
	}()
	return ch
}

func sieveFilter(in <-chan int, p int) <-chan int {
	out := make(chan int)
	go func() {
		for {
			i := <-in
			if i%p != 0 {
				out <- i
			}
		}
	}()
	return out
}

func main() {
	for v := range square(square(gen(1, 2, 3, 4))) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	odd := filter(square(gen(1, 2, 3, 4, 5, 6, 7, 8, 9)), func(n int) bool { return n%2 == 1 })
	sum := 0
	for v := range odd {
		sum += v
	}
	fmt.Println("sum odd squares:", sum)
	ch := primes()
	for i := 0; i < 15; i++ {
		p := <-ch
		fmt.Print(p, " ")
		ch = sieveFilter(ch, p)
	}
	fmt.Println()
	done := make(chan struct{})
	fmt.Println(take(gen(5, 4, 3, 2, 1), 3, done))
	<-done
	results := make(chan string, 3)
	results <- "a"
	results <- "b"
	fmt.Println(len(results), cap(results))
	close(results)
	for r := range results {
		fmt.Print(r)
	}
	v, ok := <-results
	fmt.Printf(" %q %v\n", v, ok)
}
