package main

import "fmt"

type Bag struct {
	Items []string
	Count []int
}

func find(xs []int, v int) []int {
	var hits []int
	for i := 0; i < len(xs); i++ {
		if xs[i] == v {
			hits = append(hits, i)
		}
	}
	return hits
}

func describe(s []int) string {
	if s == nil {
		return "nil"
	}
	if len(s) == 0 {
		return "empty"
	}
	return fmt.Sprintf("%d items", len(s))
}

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	fmt.Println(a == nil, b == nil, c == nil)
	fmt.Println(len(a), cap(a), len(b), len(c))
	fmt.Println(a, b, c)
	fmt.Printf("%v %v %d %d\n", a, b, a, b)
	fmt.Printf("%#v %#v %#v\n", a, b, c)
	fmt.Println(describe(a), describe(b), describe([]int{1, 2}))

	a = append(a, 1)
	fmt.Println(a, a == nil, len(a))
	a = a[:0]
	fmt.Println(a, a == nil, describe(a))
	a = nil
	fmt.Println(a == nil, describe(a))

	hits := find([]int{3, 1, 3, 2, 3}, 3)
	miss := find([]int{1, 2}, 9)
	fmt.Println(hits, miss, miss == nil)

	var bag Bag
	fmt.Println(bag.Items == nil, len(bag.Count))
	fmt.Printf("%+v\n", bag)
	fmt.Printf("%#v\n", bag)
	bag.Items = append(bag.Items, "x")
	bag.Count = []int{}
	fmt.Printf("%+v %v\n", bag, bag.Count == nil)

	var s []string
	for i := 0; i < len(s); i++ {
		fmt.Println("never")
	}
	s2 := s[0:0]
	fmt.Println(s2 == nil, len(s2))

	var bs []byte
	fmt.Printf("%q %s %v %x|\n", bs, bs, bs, bs)
	str := string(bs)
	fmt.Println(len(str), str == "")
	empty := []byte("")
	fmt.Println(empty == nil, len(empty))

	var nested [][]int
	nested = append(nested, nil, []int{}, []int{1})
	fmt.Println(nested, len(nested), nested[0] == nil, nested[1] == nil)

	var arr [0]int
	sl := arr[:]
	fmt.Println(len(sl), sl == nil, arr)
	clear(a)
	fmt.Println(a, min(len(a), 3))
}
