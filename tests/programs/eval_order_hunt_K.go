package main

type MyInt int

func main() {
	m := map[any]int{1: 1, MyInt(1): 2}
	println(len(m))
}
