package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func worker(ctx context.Context, id int, jobs <-chan int, processed *int64, wg *sync.WaitGroup, stops chan<- int) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			stops <- id
			return
		case j, ok := <-jobs:
			if !ok {
				return
			}
			_ = j
			atomic.AddInt64(processed, 1)
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	jobs := make(chan int)
	stops := make(chan int, 4)
	var processed int64
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go worker(ctx, i, jobs, &processed, &wg, stops)
	}
	for j := 0; j < 20; j++ {
		jobs <- j
	}
	cancel()
	wg.Wait()
	close(stops)
	sum := 0
	for id := range stops {
		sum += id
	}
	fmt.Println("processed:", atomic.LoadInt64(&processed))
	fmt.Println("stopped worker id sum:", sum)
	fmt.Println("ctx.Err():", ctx.Err())
	fmt.Println("is Canceled:", errors.Is(ctx.Err(), context.Canceled))

	// Cancellation propagates to children but not to parents.
	parent, pcancel := context.WithCancel(context.Background())
	child, ccancel := context.WithCancel(parent)
	grandchild, gcancel := context.WithCancel(child)
	defer gcancel()
	ccancel()
	fmt.Println("parent err:", parent.Err())
	fmt.Println("child err:", child.Err())
	<-grandchild.Done()
	fmt.Println("grandchild err:", grandchild.Err())
	pcancel()
	fmt.Println("parent err after cancel:", parent.Err())

	// Cancel with cause.
	cctx, cancelCause := context.WithCancelCause(context.Background())
	go func() {
		time.Sleep(10 * time.Millisecond)
		cancelCause(errors.New("disk full"))
	}()
	<-cctx.Done()
	fmt.Println("err:", cctx.Err(), "cause:", context.Cause(cctx))

	// AfterFunc on context.
	actx, acancel := context.WithCancel(context.Background())
	called := make(chan string, 1)
	stop := context.AfterFunc(actx, func() { called <- "cleanup ran" })
	acancel()
	fmt.Println(<-called)
	fmt.Println("stop after run:", stop())
}
