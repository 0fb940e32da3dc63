package main

import (
	"fmt"
	"os"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

type stats struct {
	worker int
	jobs   int
	sum    int
}

func worker(id int, jobs <-chan int, quit <-chan struct{}, out chan<- stats, wg *sync.WaitGroup) {
	defer wg.Done()
	s := stats{worker: id}
	for {
		select {
		case <-quit:
			// drain whatever is already queued before leaving
			for {
				select {
				case j := <-jobs:
					s.jobs++
					s.sum += j
				default:
					out <- s
					return
				}
			}
		case j := <-jobs:
			s.jobs++
			s.sum += j
			time.Sleep(time.Millisecond)
		}
	}
}

func main() {
	const nWorkers = 4
	jobs := make(chan int, 16)
	quit := make(chan struct{})
	out := make(chan stats, nWorkers)
	var wg sync.WaitGroup
	for i := 1; i <= nWorkers; i++ {
		wg.Add(1)
		go worker(i, jobs, quit, out, &wg)
	}

	var produced atomic.Int64
	prodDone := make(chan struct{})
	go func() {
		defer close(prodDone)
		for i := 1; i <= 60; i++ {
			jobs <- i
			produced.Add(1)
		}
	}()

	<-prodDone
	close(quit)
	wg.Wait()
	close(out)

	var all []stats
	totalJobs, totalSum := 0, 0
	for s := range out {
		all = append(all, s)
		totalJobs += s.jobs
		totalSum += s.sum
	}
	sort.Slice(all, func(i, j int) bool { return all[i].worker < all[j].worker })
	ids := []int{}
	for _, s := range all {
		ids = append(ids, s.worker)
	}
	fmt.Println("workers reported:", ids)
	fmt.Println("produced:", produced.Load())
	fmt.Println("processed:", totalJobs)
	fmt.Println("sum of job ids:", totalSum, "expected:", 60*61/2)
	fmt.Println("queue empty:", len(jobs) == 0)
	if totalJobs != int(produced.Load()) {
		fmt.Println("LOST JOBS")
		os.Exit(1)
	}
	fmt.Println("shutdown clean")
}
