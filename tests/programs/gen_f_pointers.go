package main

import "fmt"

func Ptr[T any](v T) *T { return &v }

func Deref[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

func Update[T any](p *T, f func(T) T) {
	*p = f(*p)
}

func PtrsTo[T any](s []T) []*T {
	out := make([]*T, len(s))
	for i := range s {
		out[i] = &s[i]
	}
	return out
}

type Config struct{ val string }

func (c *Config) Set(s string) { c.val = "cfg:" + s }

type Counter struct{ n int }

func (c *Counter) Set(s string) { c.n = len(s) }

func Build[T any, PT interface {
	*T
	Set(string)
}](s string) T {
	var v T
	PT(&v).Set(s)
	return v
}

func main() {
	p := Ptr(42)
	*p++
	fmt.Println(*p, Deref(p, 0), Deref[int](nil, -1))
	sp := Ptr("hello")
	Update(sp, func(s string) string { return s + " world" })
	fmt.Println(*sp)
	nums := []int{1, 2, 3}
	for _, q := range PtrsTo(nums) {
		*q *= 10
	}
	fmt.Println(nums)
	fmt.Printf("%+v\n", Build[Config]("x"))
	fmt.Printf("%+v\n", Build[Counter]("abcd"))
	pp := Ptr(Ptr(1.5))
	fmt.Println(**pp)
	fmt.Printf("%T\n", pp)
}
