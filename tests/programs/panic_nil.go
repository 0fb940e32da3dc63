package main

type DS string
type DI int8
type DU uintptr
type DF float32
type DB bool
type St struct{ a int }
type Sl []int

func main() {
	panic(nil)
}
