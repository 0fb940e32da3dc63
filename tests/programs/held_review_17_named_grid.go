package main

import "fmt"

type Row []int
type Grid []Row

func main() {
	var r Row
	r = append(r, 1)
	g := Grid{r}
	fmt.Println(cap(g[0]))
	var plain [][]int
	plain = append(plain, []int(g[0]))
	fmt.Println(cap(plain[0]))
	x := plain[0]
	x = append(x, 2)
	x[0] = 3
	fmt.Println(g[0][0], plain[0][0])
}
