package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

func slow(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO(), bg.Err(), bg.Done() == nil)
	ctx, cancel := context.WithTimeout(bg, 30*time.Millisecond)
	defer cancel()
	err := slow(ctx, time.Second)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded), err == context.DeadlineExceeded)
	_, hasDL := ctx.Deadline()
	fmt.Println("deadline:", hasDL)

	ctx2, cancel2 := context.WithCancel(bg)
	child, cancelChild := context.WithCancel(ctx2)
	defer cancelChild()
	vctx := context.WithValue(child, key("user"), "gopher")
	go func() {
		time.Sleep(10 * time.Millisecond)
		cancel2()
	}()
	<-vctx.Done()
	fmt.Println(vctx.Err(), child.Err(), ctx2.Err(), vctx.Value(key("user")), vctx.Value(key("x")))
	fmt.Println(ctx2)

	ctx3, cancel3 := context.WithCancelCause(bg)
	cancel3(errors.New("disk full"))
	fmt.Println(ctx3.Err(), context.Cause(ctx3))

	fast, cancelFast := context.WithTimeout(bg, time.Second)
	fmt.Println(slow(fast, 5*time.Millisecond))
	cancelFast()
	fmt.Println(fast.Err())

	called := make(chan bool, 1)
	c4, cancel4 := context.WithCancel(bg)
	stop := context.AfterFunc(c4, func() { called <- true })
	cancel4()
	fmt.Println(<-called, stop())
	wc := context.WithoutCancel(c4)
	fmt.Println(wc.Err(), wc.Done() == nil)
	expired, cancel5 := context.WithDeadline(bg, time.Now().Add(-time.Second))
	defer cancel5()
	fmt.Println(expired.Err())
}
