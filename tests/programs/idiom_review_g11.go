package main

import "fmt"

type T struct{ xs []int }

func first(ts []T) []int { return ts[0].xs }

func main() {
	ts := []T{{make([]int, 1, 4)}}
	t := first(ts)
	t = append(t, 5)
	t[0] = 9
	fmt.Println(ts[0].xs[:2], t)
}
