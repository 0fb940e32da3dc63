package main

import "fmt"

type Grid [3][3]int

func main() {
	n := 4
	counts := make(int, n)
	g := make(Grid, 3)
	fmt.Println(counts, g)
}
