package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	waiting := 0
	var order []int
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			waiting++
			for !ready {
				cond.Wait()
			}
			order = append(order, id)
			mu.Unlock()
		}(i)
	}
	for {
		mu.Lock()
		w := waiting
		mu.Unlock()
		if w == 6 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	fmt.Println("all waiting:", waiting)
	cond.Signal()
	time.Sleep(20 * time.Millisecond)
	mu.Lock()
	fmt.Println("after spurious signal, woke:", len(order))
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	sort.Ints(order)
	fmt.Println("woken:", order)

	queue := []int{}
	qc := sync.NewCond(&sync.Mutex{})
	sum := 0
	done := make(chan bool)
	go func() {
		for n := 0; n < 5; n++ {
			qc.L.Lock()
			for len(queue) == 0 {
				qc.Wait()
			}
			sum += queue[0]
			queue = queue[1:]
			qc.L.Unlock()
		}
		done <- true
	}()
	for i := 1; i <= 5; i++ {
		qc.L.Lock()
		queue = append(queue, i*i)
		qc.Signal()
		qc.L.Unlock()
	}
	<-done
	fmt.Println("consumer sum:", sum)
}
