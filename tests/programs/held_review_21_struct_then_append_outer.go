package main

import "fmt"

type S struct {
	items []int
}

func main() {
	var st S
	st.items = append(st.items, 1)
	fmt.Println(cap(st.items))
	var all []S
	all = append(all, st)
	fmt.Println(cap(all[0].items), len(all))
}
