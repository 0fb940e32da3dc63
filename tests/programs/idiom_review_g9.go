package main

import "fmt"

type T struct{ xs []int }

func (t T) get() []int { return t.xs }

var G = T{make([]int, 1, 4)}

func main() {
	t := G.get()
	t = append(t, 5)
	t[0] = 9
	fmt.Println(G.xs[:2], t)
}
