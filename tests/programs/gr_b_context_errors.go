package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

var errQuota = errors.New("quota exceeded")

func worker(ctx context.Context, id int, out chan<- string) {
	select {
	case <-ctx.Done():
		out <- fmt.Sprintf("w%d: %v / cause=%v", id, ctx.Err(), context.Cause(ctx))
	case <-time.After(time.Duration(id) * 200 * time.Millisecond):
		out <- fmt.Sprintf("w%d: finished", id)
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	out := make(chan string, 3)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) { defer wg.Done(); worker(ctx, i, out) }(i)
	}
	wg.Wait()
	close(out)
	var res []string
	for s := range out {
		res = append(res, s)
	}
	sort.Strings(res)
	for _, s := range res {
		fmt.Println(s)
	}
	fmt.Println("deadline exceeded:", errors.Is(ctx.Err(), context.DeadlineExceeded))

	cctx, ccancel := context.WithCancelCause(context.Background())
	child, childCancel := context.WithCancel(cctx)
	defer childCancel()
	vctx := context.WithValue(child, "k", "v")
	go func() {
		time.Sleep(20 * time.Millisecond)
		ccancel(errQuota)
	}()
	<-vctx.Done()
	fmt.Println("child err:", vctx.Err(), "cause:", context.Cause(vctx), "value:", vctx.Value("k"))
	fmt.Println("is quota:", errors.Is(context.Cause(vctx), errQuota))
	ccancel(errors.New("second cause ignored"))
	fmt.Println("cause after 2nd cancel:", context.Cause(cctx))

	stop := context.AfterFunc(vctx, func() { fmt.Println("afterfunc on done ctx") })
	time.Sleep(20 * time.Millisecond)
	fmt.Println("stop returned:", stop())
	tctx, tcancel := context.WithTimeoutCause(context.Background(), 20*time.Millisecond, errors.New("too slow"))
	defer tcancel()
	<-tctx.Done()
	fmt.Println("timeout cause:", tctx.Err(), context.Cause(tctx))
	wctx := context.WithoutCancel(cctx)
	fmt.Println("without cancel:", wctx.Err(), wctx.Done() == nil)
}
