package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Job struct {
	ID   int
	Name string
}

type Result struct {
	JobID  int
	Worker int
	Output string
	Length int
}

func worker(id int, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		out := strings.ToUpper(j.Name)
		results <- Result{JobID: j.ID, Worker: id, Output: out, Length: len(out)}
	}
}

func main() {
	names := []string{"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo", "lima"}
	jobs := make(chan Job, len(names))
	results := make(chan Result, len(names))

	var wg sync.WaitGroup
	const numWorkers = 4
	for w := 1; w <= numWorkers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i, n := range names {
		jobs <- Job{ID: i + 1, Name: n}
	}
	close(jobs)

	go func() {
		wg.Wait()
		close(results)
	}()

	var all []Result
	workersSeen := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workersSeen[r.Worker] = true
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })
	total := 0
	for _, r := range all {
		fmt.Printf("job %2d -> %-8s (len %d)\n", r.JobID, r.Output, r.Length)
		total += r.Length
	}
	fmt.Println("results:", len(all))
	fmt.Println("total length:", total)
	fmt.Println("workers used <= 4:", len(workersSeen) <= numWorkers && len(workersSeen) >= 1)
}
