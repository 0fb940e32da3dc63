package main

import (
	"fmt"
	"sync"
)

type Job struct {
	ID int
	N  int
}

type Result struct {
	JobID  int
	Worker int
	Sum    int
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		s := 0
		for i := 1; i <= j.N; i++ {
			s += i * i
		}
		results <- Result{j.ID, id, s}
	}
}

func main() {
	jobs := make(chan Job, 20)
	results := make(chan Result, 20)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 0; i < 20; i++ {
		jobs <- Job{i, i * 10}
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	byID := make([]int, 20)
	workersUsed := map[int]bool{}
	count := 0
	for r := range results {
		byID[r.JobID] = r.Sum
		workersUsed[r.Worker] = true
		count++
	}
	fmt.Println("results:", count)
	for i, s := range byID {
		fmt.Printf("job %2d: %d\n", i, s)
	}
	fmt.Println(len(workersUsed) >= 1)
	total := 0
	for _, s := range byID {
		total += s
	}
	fmt.Println("total", total)
}
