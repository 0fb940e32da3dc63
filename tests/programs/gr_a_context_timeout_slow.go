package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOperation(ctx context.Context, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
		return "operation complete", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	res, err := slowOperation(ctx, 100*time.Millisecond)
	fmt.Printf("result=%q err=%v\n", res, err)
	fmt.Println("deadline exceeded:", errors.Is(err, context.DeadlineExceeded))
	fmt.Println("ctx.Err():", ctx.Err())

	ctx2, cancel2 := context.WithTimeout(context.Background(), 200*time.Millisecond)
	res, err = slowOperation(ctx2, 5*time.Millisecond)
	fmt.Printf("result=%q err=%v\n", res, err)
	fmt.Println("ctx2.Err() before cancel:", ctx2.Err())
	cancel2()
	fmt.Println("ctx2.Err() after cancel:", ctx2.Err())

	// Deadline reporting.
	ctx3, cancel3 := context.WithDeadline(context.Background(), time.Now().Add(time.Hour))
	dl, ok := ctx3.Deadline()
	fmt.Println("has deadline:", ok, "in future:", dl.After(time.Now()))
	_, ok = context.Background().Deadline()
	fmt.Println("background has deadline:", ok)
	cancel3()

	// Child timeout shorter than parent; parent timeout shorter than child.
	parent, pc := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer pc()
	child, cc := context.WithTimeout(parent, time.Hour)
	defer cc()
	start := time.Now()
	<-child.Done()
	fmt.Println("child ended by parent:", child.Err(), time.Since(start) >= 25*time.Millisecond)

	// Timeout with cause.
	ctx4, c4 := context.WithTimeoutCause(context.Background(), 10*time.Millisecond, errors.New("backend too slow"))
	defer c4()
	<-ctx4.Done()
	fmt.Println("err:", ctx4.Err(), "| cause:", context.Cause(ctx4))

	// Error strings and types.
	fmt.Println(context.DeadlineExceeded.Error())
	var te interface{ Timeout() bool }
	fmt.Println("is timeout:", errors.As(context.DeadlineExceeded, &te) && te.Timeout())
	fmt.Println(context.Background(), context.TODO())
}
