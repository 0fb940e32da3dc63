package main

import (
	"fmt"
)

type T struct {
	a   int16
	arr [2]int8
}

func main() {
	var s []T
	k := 0
	for j := range s[k+100].arr {
		k += j
	}
	for range &s[k+50].arr {
		k++
	}
	for j := range &s[k+7].arr {
		k += j * 10
	}
	fmt.Println(k, len(s))
}
