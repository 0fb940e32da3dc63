package main

import "fmt"

type Count struct {
	Key int32
	N   int32
}

// tally is too big for gc to inline; out[i].N++ is a use gc's slice pass understands.
func tally(xs []int32) []Count {
	var out []Count
	for _, x := range xs {
		found := false
		for i := range len(out) {
			if out[i].Key == x {
				out[i].N++
				found = true
				break
			}
		}
		if !found {
			out = append(out, Count{x, 1})
		}
	}
	for i := 0; i < len(out); i++ {
		fmt.Print(out[i].Key, ":", out[i].N, " ")
	}
	fmt.Println()
	return out
}

func main() {
	t := tally([]int32{7, 8, 7, 9, 9, 9})
	fmt.Println(len(t), cap(t))
	t2 := tally([]int32{1, 2, 3, 4, 5})
	fmt.Println(len(t2), cap(t2))
}
