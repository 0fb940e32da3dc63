// Allocates more than 4 GiB in all (byte buffers, binary trees, strings) while keeping less
// than 20 MiB live: a collector must keep the peak RSS near what gc's binary needs.
package main

import (
	"fmt"
	"strings"
)

type node struct {
	left, right *node
	id          int
}

func tree(d, id int) *node {
	if d == 0 {
		return &node{id: id}
	}
	return &node{tree(d-1, 2*id), tree(d-1, 2*id+1), id}
}

func count(n *node) int {
	if n == nil {
		return 0
	}
	return 1 + count(n.left) + count(n.right)
}

func main() {
	ring := make([][]byte, 64) // 64 × 256 KiB live
	keep := tree(15, 1)
	total, sum := 0, 0
	for i := 0; total < 4<<30; i++ {
		b := make([]byte, 256<<10)
		b[i%len(b)] = byte(i)
		ring[i%len(ring)] = b
		total += len(b)
		t := tree(10, i)
		sum += count(t)
		total += 2047 * 24
		var sb strings.Builder
		for j := 0; j < 100; j++ {
			sb.WriteString("0123456789abcdef")
		}
		parts := strings.Split(sb.String(), "a")
		total += 2*sb.Len() + 16*len(parts)
		sum += len(parts)
	}
	fmt.Println(sum, count(keep), len(ring[0]), total >= 4<<30)
}
