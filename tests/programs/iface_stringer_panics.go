package main

import (
	"errors"
	"fmt"
)

type Bomb struct{ n int }

func (b Bomb) String() string {
	if b.n > 0 {
		panic("bomb went off")
	}
	return "safe bomb"
}

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) String() string {
	return fmt.Sprintf("Node(%d)->%v", n.Val, n.Next)
}

type ErrBomb struct{}

func (e *ErrBomb) Error() string { panic(errors.New("error method exploded")) }

type NumBomb int

func (n NumBomb) String() string { panic(fmt.Sprintf("num %d", int(n))) }

func main() {
	fmt.Println(Bomb{0})
	fmt.Println(Bomb{1})
	fmt.Printf("[%v] [%s] [%d]\n", Bomb{1}, Bomb{2}, Bomb{3})
	s := fmt.Sprint("before ", Bomb{1}, " after")
	fmt.Println(s)

	var np *Node
	fmt.Println("nil node:", np)
	fmt.Printf("nil node %%v: %v %%s: %s %%+v: %+v\n", np, np, np)
	list := &Node{1, &Node{2, nil}}
	fmt.Println(list)

	var eb *ErrBomb
	fmt.Println("nil errbomb:", eb)
	fmt.Println("real errbomb:", &ErrBomb{})
	var e error = &ErrBomb{}
	fmt.Printf("%v|%s\n", e, e)
	fmt.Println([]NumBomb{1, 2})
	fmt.Println(map[string]fmt.Stringer{"a": Bomb{0}, "b": Bomb{5}})
}
