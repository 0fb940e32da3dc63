package main

import "fmt"

// 40 appends of int in a loop, len/cap each step.
// s is later ranged over once (at the declaration's loop depth);
// t is never ranged over. Both are closed.
func main() {
	var s []int
	var t []int
	for i := 0; i < 40; i++ {
		s = append(s, i*i)
		t = append(t, i)
		fmt.Println(i, len(s), cap(s), s[i], len(t), cap(t), t[i])
	}
	sum := 0
	for _, v := range s {
		sum += v
	}
	fmt.Println("sum", sum)
}
