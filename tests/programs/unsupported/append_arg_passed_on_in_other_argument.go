// `visit(append(p, a), leaves(append(p, b), …))` on a []byte walk: the storage passed in one
// argument is appended to again by a call in another, before visit reads it; whether the two
// share it depends on a capacity gc chooses (its stack store). memrun refuses.
package main

import "fmt"

func leaves(p []byte, d int) int {
	if d == 3 {
		return 1
	}
	return leaves(append(p, 'x'), d+1) + leaves(append(p, 'y'), d+1)
}

func visit(p []byte, n int) {
	fmt.Println(string(p), n)
}

func dfs(p []byte, d int) {
	if d == 3 {
		return
	}
	visit(append(p, 'a'+byte(d)), leaves(append(p, '#'), d+1))
	dfs(append(p, 'a'+byte(d)), d+1)
}

func main() {
	dfs(nil, 0)
	dfs([]byte("k"), 1)
}
