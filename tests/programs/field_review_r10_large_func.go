package main

import "fmt"

type S struct{ items []int }

func big(st *S, n int) int {
	total := 0
	for i := 0; i < n; i++ {
		st.items = append(st.items, i*i)
		if i%3 == 0 {
			total += i
		} else if i%3 == 1 {
			total -= i
		} else {
			total *= 2
		}
		switch {
		case total > 100:
			total = total % 100
		case total < -100:
			total = -total % 100
		}
		for j := 0; j < i; j++ {
			total += j
		}
	}
	fmt.Sprint(total)
	return total
}

func main() {
	var st S
	t := big(&st, 7)
	fmt.Println(t, cap(st.items))
}
