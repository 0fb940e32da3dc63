package main

import "fmt"

func dedupSmall(xs []int) []int {
	var out []int
	for _, x := range xs {
		if len(out) == 0 || out[len(out)-1] != x {
			out = append(out, x)
		}
	}
	return out
}

func dedupSeen(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if seen[x] {
			continue
		}
		seen[x] = true
		out = append(out, x)
	}
	if len(out) > 100 {
		fmt.Println("many", len(out), len(xs), len(seen))
		fmt.Println("many", len(out), len(xs), len(seen))
	}
	return out
}

func main() {
	a := dedupSmall([]int{1, 1, 2, 3, 3, 3})
	fmt.Println(a, cap(a))
	b := dedupSmall([]int{4, 4, 4, 4})
	fmt.Println(b, cap(b))
	c := dedupSeen([]string{"x", "y", "x", "z", "y"})
	fmt.Println(c, cap(c))
	d := dedupSeen([]string{"q"})
	fmt.Println(d, cap(d))
}
