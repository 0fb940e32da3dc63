package main

import "fmt"

type R[S any, P any] struct{}
type SR = R[SS, []int]
type SS interface {
	NSR(any) *SR
}

func main() {
	var s SS
	fmt.Println(s == nil)
}
