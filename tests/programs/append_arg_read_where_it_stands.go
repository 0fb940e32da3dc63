// A walk's accumulator appended to and only read where it stands — copied out, converted,
// printed — while the walk passes `append(path, x)` on: which storage each append takes
// cannot show.
package main

import (
	"fmt"
	"strings"
)

type Node struct {
	v           int
	left, right *Node
}

var found [][]int

func paths(n *Node, target int, path []int) {
	if n == nil {
		return
	}
	target -= n.v
	if n.left == nil && n.right == nil && target == 0 {
		found = append(found, append([]int(nil), append(path, n.v)...))
		return
	}
	paths(n.left, target, append(path, n.v))
	paths(n.right, target, append(path, n.v))
}

func letters(digits string) []string {
	keys := map[byte]string{'2': "abc", '3': "def", '4': "ghi"}
	var out []string
	var combine func(i int, acc []byte)
	combine = func(i int, acc []byte) {
		if i == len(digits)-1 {
			for _, c := range []byte(keys[digits[i]]) {
				out = append(out, string(append(acc, c)))
			}
			return
		}
		for _, c := range []byte(keys[digits[i]]) {
			combine(i+1, append(acc, c))
		}
	}
	combine(0, nil)
	return out
}

func main() {
	l := func(v int) *Node { return &Node{v: v} }
	root := &Node{5, &Node{4, &Node{11, l(7), l(2)}, nil}, &Node{8, l(13), &Node{4, l(5), l(1)}}}
	paths(root, 22, nil)
	fmt.Println(found)
	fmt.Println(strings.Join(letters("234"), ","))

	var show func(depth int, prefix []rune)
	show = func(depth int, prefix []rune) {
		if depth == 0 {
			fmt.Println(append(prefix, '.'), len(append(prefix, '!')))
			return
		}
		for _, r := range "ab" {
			show(depth-1, append(prefix, r))
		}
	}
	show(2, []rune("x"))
}
