package main

import "fmt"

type Buf struct{ b []byte }

func main() {
	x := &Buf{}
	x.b = []byte("hello, world")
	fmt.Println(len(x.b), cap(x.b))
	x.b = append(x.b, '!')
	fmt.Println(len(x.b), cap(x.b))
	y := Buf{b: []byte("hi")}
	fmt.Println(cap(y.b))
}
