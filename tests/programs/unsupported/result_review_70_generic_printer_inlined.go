package main

import "fmt"

func dump[T any](xs []T) {
	fmt.Println(xs)
}

func main() {
	var ids []int
	for i := 0; i < 3; i++ {
		ids = append(ids, 100+i)
	}
	dump(ids)
	fmt.Println(len(ids), cap(ids))
}
