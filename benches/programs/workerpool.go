// A worker pool: 8 workers take 200,000 jobs from a buffered channel, hash each job's
// key (FNV-1a over a formatted string) and send the result back; main sums the results
// and counts those ending in a zero byte.
package main

import (
	"fmt"
	"hash/fnv"
	"strconv"
	"sync"
)

type result struct {
	id  int
	sum uint64
}

func main() {
	jobs := make(chan int, 64)
	results := make(chan result, 64)
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				h := fnv.New64a()
				h.Write([]byte("job-" + strconv.Itoa(j) + "-payload"))
				results <- result{j, h.Sum64()}
			}
		}()
	}
	go func() {
		for i := 0; i < 200000; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var total uint64
	zeros := 0
	n := 0
	for r := range results {
		total += r.sum
		if r.sum&0xff == 0 {
			zeros++
		}
		n++
	}
	fmt.Println(n, total, zeros)
}
