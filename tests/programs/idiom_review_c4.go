package main

import "fmt"

type A struct {
	X int `t:"a"`
	N struct {
		Y []int `q:"1"`
	}
}
type B struct {
	X int
	N struct{ Y []int }
}

func main() {
	a := A{}
	a.N.Y = make([]int, 1, 4)
	b := B(a)
	b.N.Y = append(b.N.Y, 5)
	a.N.Y = append(a.N.Y, 6)
	fmt.Println(a.N.Y, b.N.Y, b.N.Y[:2])
	pa := &a
	pb := (*B)(pa)
	pb.N.Y[0] = 77
	pb.X = 3
	fmt.Println(a.X, a.N.Y)
}
