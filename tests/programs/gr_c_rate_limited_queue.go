package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

type job struct {
	id   int
	name string
}

type outcome struct {
	id     int
	result string
}

func main() {
	jobs := []job{}
	for i, n := range []string{"backup", "rotate", "vacuum", "reindex", "prune", "sync", "scrub", "trim"} {
		jobs = append(jobs, job{id: i + 1, name: n})
	}
	queue := make(chan job, len(jobs))
	for _, j := range jobs {
		queue <- j
	}
	close(queue)

	ticker := time.NewTicker(20 * time.Millisecond)
	defer ticker.Stop()

	results := make(chan outcome, len(jobs))
	var wg sync.WaitGroup
	dispatched := 0
	start := time.Now()
	for j := range queue {
		<-ticker.C
		dispatched++
		wg.Add(1)
		go func(j job) {
			defer wg.Done()
			time.Sleep(5 * time.Millisecond)
			results <- outcome{id: j.id, result: strings.ToUpper(j.name[:1]) + j.name[1:] + " ok"}
		}(j)
	}
	wg.Wait()
	close(results)
	elapsed := time.Since(start)

	ordered := make([]string, len(jobs)+1)
	for r := range results {
		ordered[r.id] = r.result
	}
	for id := 1; id <= len(jobs); id++ {
		fmt.Printf("job %d: %s\n", id, ordered[id])
	}
	fmt.Println("dispatched:", dispatched)
	// 8 ticks at 20ms means at least ~160ms.
	fmt.Println("rate respected:", elapsed >= 150*time.Millisecond)

	// Burst limiter: a buffered channel pre-filled with tokens.
	burst := make(chan struct{}, 3)
	for i := 0; i < 3; i++ {
		burst <- struct{}{}
	}
	refill := time.NewTicker(40 * time.Millisecond)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-refill.C:
				select {
				case burst <- struct{}{}:
				default:
				}
			case <-done:
				return
			}
		}
	}()
	served := 0
	for i := 0; i < 5; i++ {
		<-burst
		served++
	}
	close(done)
	refill.Stop()
	fmt.Println("burst served:", served)
}
