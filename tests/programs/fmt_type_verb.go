package main

import "fmt"

type Celsius int
type Names []string
type Matrix [2][2]int
type Pair struct {
	K string
	V int
}
type Node struct {
	Val  int
	Kids []*Node
}
type Flags uint8
type Label string

func main() {
	var c Celsius = 21
	fmt.Printf("%T %T %T %T\n", c, Names{}, Matrix{}, Pair{})
	fmt.Printf("%T %T %T\n", &c, &Pair{}, []*Node{})
	fmt.Printf("%T %T %T %T\n", []Pair{}, [3]Pair{}, [][]int{}, [2][]string{})
	fmt.Printf("%T %T %T\n", Flags(1), Label("x"), []Label{})
	fmt.Printf("%T %T %T %T %T %T\n", 1, "s", 'r', true, byte(1), uint64(2))
	fmt.Printf("%T %T %T\n", int8(1), []byte{}, []rune{})
	var np *Node
	var pp **Pair
	fmt.Printf("%T %T\n", np, pp)
	fmt.Printf("%T\n", struct {
		A int
		B []string
	}{})
	fmt.Printf("%T\n", struct{}{})
	fmt.Printf("%T %T\n", [0]int{}, [1][2][3]uint{})

	fmt.Printf("%v %d %x %#v\n", c, c, c, c)
	fmt.Printf("%#v %#v\n", Flags(3), Label("hi"))
	fmt.Printf("%#v\n", Names{"a"})
	fmt.Printf("%#v\n", Matrix{{1, 2}, {3, 4}})
	fmt.Printf("%#v\n", []Pair{{"a", 1}})
	fmt.Printf("%#v\n", Node{Val: 1})
	fmt.Printf("%#v\n", [2]Celsius{1, 2})
	fmt.Printf("%#v %#v\n", []*Node(nil), np)
	fmt.Printf("%#v\n", struct {
		X int
		Y string
	}{1, "y"})

	fmt.Printf("%v|%s|%q|%x\n", Label("go"), Label("go"), Label("go"), Label("go"))
	fmt.Printf("%v %v\n", Names{"p", "q"}, Matrix{{1}, {0, 2}})
	fmt.Printf("%s %d\n", Pair{"k", 9}, Pair{"k", 9})
	s := fmt.Sprintf("%T/%T", c, Pair{})
	fmt.Println(s, len(s))
	fmt.Printf("%10T|%-10T|\n", c, c)
}
