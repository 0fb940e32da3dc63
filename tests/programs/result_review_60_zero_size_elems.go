package main

import "fmt"

type unit struct{}

func marks(n int) []unit {
	var s []unit
	for i := 0; i < n; i++ {
		s = append(s, unit{})
	}
	return s
}

func main() {
	for n := 0; n < 6; n++ {
		m := marks(n)
		fmt.Println(n, len(m), cap(m))
	}
}
