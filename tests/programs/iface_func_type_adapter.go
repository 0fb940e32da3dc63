package main

import "fmt"

type Handler interface {
	Handle(req string) string
}

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(req string) string { return f(req) }

type Middleware func(Handler) Handler

func Logging(prefix string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(req string) string {
			fmt.Println(prefix, "->", req)
			resp := next.Handle(req)
			fmt.Println(prefix, "<-", resp)
			return resp
		})
	}
}

func Upper(next Handler) Handler {
	return HandlerFunc(func(req string) string {
		b := []byte(next.Handle(req))
		for i, c := range b {
			if c >= 'a' && c <= 'z' {
				b[i] = c - 32
			}
		}
		return string(b)
	})
}

type Echo struct{ count int }

func (e *Echo) Handle(req string) string {
	e.count++
	return fmt.Sprintf("echo#%d:%s", e.count, req)
}

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func main() {
	echo := &Echo{}
	h := Chain(echo, Logging("outer"), Upper, Logging("inner"))
	fmt.Println("result:", h.Handle("hi"))
	fmt.Println("result:", h.Handle("there"))
	fmt.Println("echo count:", echo.count)
	var plain Handler = HandlerFunc(func(s string) string { return "[" + s + "]" })
	fmt.Println(plain.Handle("x"), Upper(plain).Handle("y"))
	fmt.Printf("%T %T\n", plain, h)
	_, isFunc := h.(HandlerFunc)
	_, isEcho := h.(*Echo)
	fmt.Println(isFunc, isEcho)
}
