package main

import "fmt"

func h[T any](p *struct{ a [3]T }) int { return len(p.a) + cap(&p.a) }

func k[T any](x any) int { return len(x.([2]T)) }

func main() {
	defer func() { fmt.Println("rec", recover()) }()
	fmt.Println(h[int](nil))
	fmt.Println(k[string](1))
}
