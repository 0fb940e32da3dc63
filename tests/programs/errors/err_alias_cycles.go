package main

type List[T any] []T
type IntList = List[int]

func (l IntList) Sum() int { return len(l) }

type A = B
type B = A
type C = []C
type D = int

func (D) M() {}

func main() {
	type L = L
}
