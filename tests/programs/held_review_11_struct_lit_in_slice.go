package main

import "fmt"

type S struct {
	name  string
	items []int
}

func main() {
	var a []int
	a = append(a, 1)
	sts := []S{{name: "a", items: a}, {name: "b"}}
	for _, st := range sts {
		fmt.Println(st.name, len(st.items), cap(st.items))
	}
	it := sts[0].items
	it = append(it, 3)
	it[0] = 10
	fmt.Println(sts[0].items[0], a[0])
}
