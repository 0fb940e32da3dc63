package main

import "fmt"

func uniq(s []string) []string {
	out := s[:0:0]
	seen := map[string]bool{}
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

func main() {
	s := []int{1, 2, 3}
	out := s[:0:0]
	out = append(out, 7)
	fmt.Println(len(out), cap(out), s)
	t := s[:0:0]
	for i := 0; i < 5; i++ {
		t = append(t, i)
	}
	fmt.Println(t, cap(t), s)
	u := uniq([]string{"a", "b", "a", "c"})
	u[0] = "z"
	fmt.Println(u, len(u), cap(u))
}
