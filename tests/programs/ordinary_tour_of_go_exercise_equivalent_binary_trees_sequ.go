// Tour of Go exercise: equivalent binary trees (sequential version) and Stringers
package main

import "fmt"

type Tree struct {
	Left  *Tree
	Value int
	Right *Tree
}

func New(k int, order []int) *Tree {
	var t *Tree
	for _, v := range order {
		t = insert(t, v*k)
	}
	return t
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{nil, v, nil}
	}
	if v < t.Value {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func Walk(t *Tree, out *[]int) {
	if t == nil {
		return
	}
	Walk(t.Left, out)
	*out = append(*out, t.Value)
	Walk(t.Right, out)
}

func Same(t1, t2 *Tree) bool {
	var a, b []int
	Walk(t1, &a)
	Walk(t2, &b)
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	s := ""
	if t.Left != nil {
		s += t.Left.String() + " "
	}
	s += fmt.Sprint(t.Value)
	if t.Right != nil {
		s += " " + t.Right.String()
	}
	return "(" + s + ")"
}

func main() {
	o1 := []int{7, 3, 9, 1, 5, 8, 10, 2, 4, 6}
	o2 := []int{5, 2, 8, 1, 3, 4, 6, 7, 9, 10}
	t1 := New(1, o1)
	t2 := New(1, o2)
	t3 := New(2, o1)
	var vals []int
	Walk(t1, &vals)
	fmt.Println(vals, len(vals))
	fmt.Println(Same(t1, t2), Same(t1, t3))
	fmt.Println(t2)
	fmt.Println(t3)
}
