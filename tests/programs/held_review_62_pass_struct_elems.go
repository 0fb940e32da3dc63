package main

import "fmt"

type P struct{ x, y, z int }

func main() {
	paths := make([][]P, 5)
	for i := range paths {
		var path []P
		for j := 0; j < i; j++ {
			path = append(path, P{j, j, j})
		}
		paths[i] = path
	}
	for _, p := range paths {
		fmt.Println(len(p), cap(p))
	}
}
