package main

import "fmt"

type job struct {
	id   int
	name string
}

func main() {
	jobs := make(chan job, 2)
	results := make(chan int)
	go func() {
		for j := range jobs {
			results <- j.id * 100
		}
	}()
	jobs <- job{1, "a"}
	fmt.Println("result:", <-results)
	jobs <- job{2, "b"}
	fmt.Println("result:", <-results)
	jobs <- job{3, "c"}
	jobs <- job{4, "d"}
	fmt.Println("queued two more, not reading results")
	jobs <- job{5, "e"}
	jobs <- job{6, "f"}
	fmt.Println("unreachable")
}
