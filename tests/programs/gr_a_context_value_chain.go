package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
)

type ctxKey string

type userKey struct{}

type User struct {
	Name string
	Role string
}

const requestIDKey ctxKey = "request-id"

func handler(ctx context.Context, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	rid, _ := ctx.Value(requestIDKey).(string)
	u, ok := ctx.Value(userKey{}).(*User)
	name := "anonymous"
	if ok {
		name = u.Name + "(" + u.Role + ")"
	}
	trace, _ := ctx.Value(ctxKey("trace")).([]string)
	out <- fmt.Sprintf("rid=%s user=%s trace=%v", rid, name, trace)
}

func main() {
	base := context.Background()
	ctx := context.WithValue(base, requestIDKey, "req-001")
	ctx = context.WithValue(ctx, ctxKey("trace"), []string{"gateway", "auth"})
	fmt.Println("rid:", ctx.Value(requestIDKey))
	fmt.Println("missing:", ctx.Value(ctxKey("nope")))
	fmt.Println("plain string key:", ctx.Value("request-id"))

	out := make(chan string, 4)
	var wg sync.WaitGroup
	users := []*User{{"alice", "admin"}, {"bob", "dev"}, nil}
	for i, u := range users {
		c := context.WithValue(ctx, requestIDKey, fmt.Sprintf("req-%03d", i+2))
		if u != nil {
			c = context.WithValue(c, userKey{}, u)
		}
		wg.Add(1)
		go handler(c, out, &wg)
	}
	wg.Add(1)
	go handler(ctx, out, &wg)
	wg.Wait()
	close(out)
	var lines []string
	for l := range out {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}

	// Shadowing: inner value hides outer; outer unchanged.
	inner := context.WithValue(ctx, requestIDKey, "req-inner")
	fmt.Println(inner.Value(requestIDKey), ctx.Value(requestIDKey))

	// Values survive cancellation wrappers.
	cctx, cancel := context.WithCancel(inner)
	cancel()
	fmt.Println("after cancel:", cctx.Value(requestIDKey), cctx.Err())
	wctx := context.WithoutCancel(cctx)
	fmt.Println("without cancel:", wctx.Value(requestIDKey), wctx.Err())

	// Deep chain.
	deep := base
	for i := 0; i < 50; i++ {
		deep = context.WithValue(deep, i, i*i)
	}
	fmt.Println("deep[7]:", deep.Value(7), "deep[49]:", deep.Value(49), "deep[50]:", deep.Value(50))
	fmt.Println(context.WithValue(base, requestIDKey, "x"))
}
