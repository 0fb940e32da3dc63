package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func stats(first float64, rest ...float64) (mn, mx, avg float64) {
	mn, mx, avg = first, first, first
	for _, r := range rest {
		mn = min(mn, r)
		mx = max(mx, r)
		avg += r
	}
	avg /= float64(len(rest) + 1)
	return
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func printAll(prefix string, vals ...any) {
	fmt.Print(prefix, ": ")
	fmt.Println(vals...)
	fmt.Printf("%s count=%d %v\n", prefix, len(vals), vals)
}

type Opt func(*Config)
type Config struct {
	Name    string
	Retries int
	Debug   bool
}

func WithRetries(n int) Opt { return func(c *Config) { c.Retries = n } }
func WithDebug() Opt        { return func(c *Config) { c.Debug = true } }

func NewConfig(name string, opts ...Opt) Config {
	c := Config{Name: name, Retries: 1}
	for _, o := range opts {
		o(&c)
	}
	return c
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{10, 20, 30}
	fmt.Println(sum(nums...))
	modify(nums...)
	fmt.Println(nums)
	modify(4, 5)
	fmt.Println(join("-"), join("-", "a"), join(", ", "x", "y", "z"))
	mn, mx, avg := stats(3, 1, 4, 1, 5, 9, 2, 6)
	fmt.Printf("min=%v max=%v avg=%.3f\n", mn, mx, avg)
	fmt.Println(stats(7))
	printAll("none")
	printAll("mixed", 1, "two", 3.0, []int{4}, nil)
	items := []any{"a", 2}
	printAll("spread", items...)
	fmt.Printf("%+v\n", NewConfig("svc"))
	fmt.Printf("%+v\n", NewConfig("svc", WithRetries(5), WithDebug()))
	fmt.Println(append([]int{1}, []int{2, 3}...), append([]byte("x"), "yz"...))
	f := fmt.Sprintf
	fmt.Println(f("%d-%d", 1, 2))
}
