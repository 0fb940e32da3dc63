package main

import "fmt"

type Grid [2048][2048]int32

func fill(g *Grid, v int32) {
	for i := range g {
		g[i][i] = v
	}
}

func main() {
	var big [1 << 24]int64
	big[12345] = 7
	var g Grid
	fill(&g, 3)
	h := g
	h[5][5] = 9
	total := int64(0)
	for i := 0; i < 3; i++ {
		var local [3 << 20]int32
		local[i] = int32(i + 1)
		total += int64(local[0] + local[1] + local[2])
	}
	fmt.Println(big[12345], g[5][5], h[5][5], g[2047][2047], total, len(big))
}
