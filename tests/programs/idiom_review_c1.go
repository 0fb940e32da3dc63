package main

import "fmt"

type A struct {
	X  int `json:"x"`
	Ys []int
}
type B struct {
	X  int
	Ys []int `k:"v"`
}

func main() {
	a := A{1, []int{1, 2}}
	b := B(a)
	b.X = 5
	b.Ys[0] = 9
	fmt.Println(a, b)
	pb := (*B)(&a)
	pb.X = 7
	fmt.Println(a, *pb)
	as := []struct {
		X int `t:"a"`
	}{{1}, {2}}
	bs := []struct{ X int }(as)
	bs[0].X = 100
	fmt.Println(as, bs, cap(bs))
}
