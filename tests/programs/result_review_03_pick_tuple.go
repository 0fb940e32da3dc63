package main

import "fmt"

// Pick is small enough for gc to inline.
func Pick(xs []int, lim int) ([]int, []int) {
	var keep, used []int
	for _, x := range xs {
		if x < lim {
			keep = append(keep, x)
		} else {
			used = append(used, x)
		}
	}
	return keep, used
}

func main() {
	t, used := Pick([]int{1, 30, 2, 40, 3}, 20)
	fmt.Println(len(t), cap(t), len(used), cap(used))
	for round := 0; round < 3; round++ {
		xs := []int{5, 25, 6, 26, 7, 27, 8}
		a, b := Pick(xs[:3+round], 20)
		fmt.Println(round, len(a), cap(a), len(b), cap(b))
	}
	_, only := Pick([]int{50}, 20)
	fmt.Println(len(only), cap(only))
}
