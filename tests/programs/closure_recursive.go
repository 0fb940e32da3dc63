package main

import "fmt"

type Node struct {
	Val         int
	Left, Right *Node
}

func main() {
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	for i := 0; i <= 10; i += 2 {
		fmt.Printf("%d! = %d\n", i, fact(i))
	}

	memo := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		r := fib(n-1) + fib(n-2)
		memo[n] = r
		return r
	}
	f80 := fib(80)
	fmt.Println("fib(80) =", f80, "memo size", len(memo))

	// Mutually recursive closures.
	var isEven, isOdd func(int) bool
	isEven = func(n int) bool {
		if n == 0 {
			return true
		}
		return isOdd(n - 1)
	}
	isOdd = func(n int) bool {
		if n == 0 {
			return false
		}
		return isEven(n - 1)
	}
	fmt.Println(isEven(10), isOdd(7), isEven(9))

	// Recursive closure building and walking a tree.
	var insert func(*Node, int) *Node
	insert = func(t *Node, v int) *Node {
		if t == nil {
			return &Node{Val: v}
		}
		if v < t.Val {
			t.Left = insert(t.Left, v)
		} else {
			t.Right = insert(t.Right, v)
		}
		return t
	}
	var root *Node
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		root = insert(root, v)
	}
	var out []int
	var walk func(*Node)
	walk = func(t *Node) {
		if t == nil {
			return
		}
		walk(t.Left)
		out = append(out, t.Val)
		walk(t.Right)
	}
	walk(root)
	fmt.Println(out)

	var depth func(*Node) int
	depth = func(t *Node) int {
		if t == nil {
			return 0
		}
		return 1 + max(depth(t.Left), depth(t.Right))
	}
	fmt.Println("depth", depth(root))

	// Permutations via a recursive closure with captured state.
	var perms []string
	var permute func(prefix string, rest []byte)
	permute = func(prefix string, rest []byte) {
		if len(rest) == 0 {
			perms = append(perms, prefix)
			return
		}
		for i := range rest {
			next := make([]byte, 0, len(rest)-1)
			next = append(next, rest[:i]...)
			next = append(next, rest[i+1:]...)
			permute(prefix+string(rest[i]), next)
		}
	}
	permute("", []byte("abcd"))
	fmt.Println(len(perms), perms[:6], perms[len(perms)-1])
}
