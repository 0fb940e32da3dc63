package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

var errMaint = errors.New("maintenance window")

func main() {
	// Debounce: reset a timer on each event; fire once after quiet period.
	events := make(chan string)
	fired := make(chan []string)
	go func() {
		var batch []string
		t := time.NewTimer(time.Hour)
		t.Stop()
		for {
			select {
			case e, ok := <-events:
				if !ok {
					return
				}
				batch = append(batch, e)
				t.Reset(60 * time.Millisecond)
			case <-t.C:
				fired <- batch
				batch = nil
			}
		}
	}()
	for _, e := range []string{"write a", "write b", "chmod a"} {
		events <- e
		time.Sleep(5 * time.Millisecond)
	}
	fmt.Println("debounced batch:", <-fired)
	events <- "unlink c"
	fmt.Println("second batch:", <-fired)
	close(events)

	// AfterFunc and Stop
	var hits atomic.Int32
	var wg sync.WaitGroup
	wg.Add(1)
	time.AfterFunc(30*time.Millisecond, func() { hits.Add(1); wg.Done() })
	cancelled := time.AfterFunc(30*time.Millisecond, func() { hits.Add(100) })
	fmt.Println("stopped before fire:", cancelled.Stop())
	wg.Wait()
	time.Sleep(40 * time.Millisecond)
	fmt.Println("afterfunc hits:", hits.Load())

	// Ticker.Reset changes period
	tk := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Reset(50 * time.Millisecond)
			break
		}
	}
	select {
	case <-tk.C:
		fmt.Println("tick too early")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("no tick within 30ms after reset")
	}
	<-tk.C
	tk.Stop()
	fmt.Println("ticks:", n+1)

	// context: deadline, cause, AfterFunc
	ctx, cancel := context.WithCancelCause(context.Background())
	stopped := make(chan struct{})
	stop := context.AfterFunc(ctx, func() { close(stopped) })
	_ = stop
	go func() {
		time.Sleep(30 * time.Millisecond)
		cancel(errMaint)
	}()
	<-stopped
	fmt.Println("ctx err:", ctx.Err(), "| cause:", context.Cause(ctx))

	dctx, dcancel := context.WithDeadline(context.Background(), time.Now().Add(40*time.Millisecond))
	defer dcancel()
	vctx := context.WithValue(dctx, "job", "nightly-backup")
	select {
	case <-vctx.Done():
		fmt.Println("deadline reached for", vctx.Value("job"), "->", vctx.Err())
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
	_, has := vctx.Deadline()
	fmt.Println("has deadline:", has)
	tctx, tcancel := context.WithTimeoutCause(context.Background(), 30*time.Millisecond, errMaint)
	defer tcancel()
	<-tctx.Done()
	fmt.Println("timeout cause is maint:", errors.Is(context.Cause(tctx), errMaint), tctx.Err())
}
