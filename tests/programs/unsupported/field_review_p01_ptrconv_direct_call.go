package main

import "fmt"

type Rec struct{ IDs []int }
type RecJSON struct {
	IDs []int `json:"ids"`
}

func collect(n int) []int {
	var t []int
	add := func(v int) { t = append(t, v) }
	for i := 0; i < n; i++ {
		add(i)
	}
	return t
}

func fill(r *RecJSON) { r.IDs = collect(3) }

func main() {
	var r Rec
	fill((*RecJSON)(&r))
	fmt.Println(cap(r.IDs))
	v := r.IDs[:3]
	v = append(v, 3)
	v[0] = 100
	fmt.Println(r.IDs[0])
}
