// `g(append(p, x), h(append(p, y)))`: gc evaluates the first append into a temporary before
// h runs, so h's append may write into the same storage (gc shares it when p has room, as
// its stack store gives it); memrun, not knowing p's capacity as gc has it, refuses.
package main

import "fmt"

func h(q []int) int {
	return q[len(q)-1] * 2
}

func g(a []int, n int) {
	fmt.Println("g", a[len(a)-1], n)
}

func dfs(p []int, d int) {
	if d == 3 {
		return
	}
	dfs(append(p, d), d+1)
	g(append(p, d+10), h(append(p, d+20)))
}

func main() {
	dfs(nil, 0)
}
