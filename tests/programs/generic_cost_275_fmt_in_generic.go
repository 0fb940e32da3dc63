package main

import "fmt"

func Label[T any](x T, n int) []string {
	var s []string
	s = append(s, fmt.Sprint(x))
	if n > 1 {
		s = append(s, fmt.Sprintf("%v", n))
	}
	return s
}

func main() {
	s := Label(3.5, 1)
	fmt.Println(len(s), cap(s), s)
	t := Label([2]int{1, 2}, 2)
	fmt.Println(len(t), cap(t), t)
}
