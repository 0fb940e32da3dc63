package main

import "fmt"

type Holder struct {
	Data []int
}

func safeEq(a, b any) (eq bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a == b, nil
}

func main() {
	cases := [][2]any{
		{1, 1},
		{[]int{1}, []int{1}},
		{map[string]int{}, map[string]int{}},
		{Holder{}, Holder{}},
		{1, []int{1}},
		{func() {}, nil},
		{[1]any{[]int{}}, [1]any{[]int{}}},
		{"a", "a"},
	}
	for i, c := range cases {
		eq, err := safeEq(c[0], c[1])
		fmt.Printf("%d %T vs %T: eq=%v err=%v\n", i, c[0], c[1], eq, err)
	}

	func() {
		defer func() {
			r := recover()
			fmt.Printf("map key panic: %T %v\n", r, r)
		}()
		m := map[any]int{}
		m["ok"] = 1
		fmt.Println("inserted ok key")
		m[[]byte("bad")] = 2
		fmt.Println("unreachable")
	}()

	func() {
		defer func() {
			r := recover()
			err, isErr := r.(error)
			fmt.Println("lookup panic is error:", isErr, err)
		}()
		m := map[any]int{1: 1}
		_ = m[map[int]int{}]
	}()
}
