package main

import "fmt"

type T struct{ n int }
type P = *T

func (p P) Inc() { p.n++ }

func main() {
	t := &T{1}
	t.Inc()
	fmt.Println(t.n)
}
