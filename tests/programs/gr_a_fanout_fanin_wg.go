package main

import (
	"fmt"
	"sort"
	"sync"
)

func producer(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i
		}
	}()
	return out
}

func cube(id int, in <-chan int) <-chan [2]int {
	out := make(chan [2]int)
	go func() {
		defer close(out)
		for v := range in {
			out <- [2]int{v, v * v * v}
		}
	}()
	return out
}

func merge(cs ...<-chan [2]int) <-chan [2]int {
	var wg sync.WaitGroup
	out := make(chan [2]int)
	output := func(c <-chan [2]int) {
		for v := range c {
			out <- v
		}
		wg.Done()
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	in := producer(20)
	var workers []<-chan [2]int
	for i := 0; i < 5; i++ {
		workers = append(workers, cube(i, in))
	}
	var pairs [][2]int
	for p := range merge(workers...) {
		pairs = append(pairs, p)
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i][0] < pairs[j][0] })
	sum := 0
	for _, p := range pairs {
		if p[0] <= 5 || p[0] > 18 {
			fmt.Printf("%d^3 = %d\n", p[0], p[1])
		}
		sum += p[1]
	}
	fmt.Println("count:", len(pairs))
	fmt.Println("sum of cubes:", sum)
	n := 20
	fmt.Println("formula:", (n*(n+1)/2)*(n*(n+1)/2))
}
