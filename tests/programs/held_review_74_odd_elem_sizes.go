package main

import "fmt"

type T12 [3]int32
type T5 [5]byte

func main() {
	a := make([][]T12, 6)
	for i := range a {
		var row []T12
		for j := 0; j < i; j++ {
			row = append(row, T12{int32(j)})
		}
		if cap(row) < 0 {
			return
		}
		a[i] = row
	}
	for _, r := range a {
		fmt.Print(len(r), ":", cap(r), " ")
	}
	fmt.Println()
	b := make([][]T5, 9)
	for i := range b {
		var row []T5
		for j := 0; j < i; j++ {
			row = append(row, T5{byte(j)})
		}
		b[i] = row
	}
	for _, r := range b {
		fmt.Print(len(r), ":", cap(r), " ")
	}
	fmt.Println()
}
