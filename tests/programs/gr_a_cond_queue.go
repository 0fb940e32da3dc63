package main

import (
	"fmt"
	"sort"
	"sync"
)

type Queue struct {
	mu     sync.Mutex
	cond   *sync.Cond
	items  []int
	closed bool
}

func NewQueue() *Queue {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *Queue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.cond.Broadcast()
}

func (q *Queue) Get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.cond.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func main() {
	q := NewQueue()
	var wg sync.WaitGroup
	results := make([][]int, 3)
	for c := 0; c < 3; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				v, ok := q.Get()
				if !ok {
					return
				}
				results[c] = append(results[c], v*2)
			}
		}()
	}
	for i := 1; i <= 30; i++ {
		q.Put(i)
	}
	q.Close()
	wg.Wait()
	var all []int
	for _, r := range results {
		all = append(all, r...)
	}
	sort.Ints(all)
	fmt.Println("count:", len(all))
	fmt.Println("first five:", all[:5], "last:", all[len(all)-1])
	sum := 0
	for _, v := range all {
		sum += v
	}
	fmt.Println("sum:", sum)

	// Broadcast wakes all waiters for a start barrier.
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	var started sync.WaitGroup
	var finished sync.WaitGroup
	counter := 0
	for i := 0; i < 5; i++ {
		started.Add(1)
		finished.Add(1)
		go func() {
			defer finished.Done()
			mu.Lock()
			started.Done()
			for !ready {
				cond.Wait()
			}
			counter++
			mu.Unlock()
		}()
	}
	started.Wait()
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	finished.Wait()
	fmt.Println("woken:", counter)
}
