package main

import (
	"fmt"
	"sort"
)

type S struct{ items []int }

func main() {
	var st S
	st.items = append(st.items, 3)
	st.items = append(st.items, 1)
	sort.Ints(st.items)
	fmt.Println(st.items, cap(st.items))
}
