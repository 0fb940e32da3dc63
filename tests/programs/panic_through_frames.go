package main

import "fmt"

var events []string

func record(s string) { events = append(events, s) }

func level3(x int) int {
	defer record("level3 defer")
	if x > 2 {
		panic(fmt.Sprintf("too big: %d", x))
	}
	return x * 10
}

func level2(x int) int {
	defer record("level2 defer A")
	defer func() { record(fmt.Sprint("level2 defer B x=", x)) }()
	r := level3(x + 1)
	record("level2 after call")
	return r + 1
}

func level1(x int) (res int) {
	defer func() {
		if r := recover(); r != nil {
			record(fmt.Sprint("level1 recovered: ", r))
			res = -1
		}
	}()
	defer record("level1 defer")
	return level2(x) + 100
}

type Stack struct{ items []int }

func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func (s *Stack) SafePopAll() (got []int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Sprint(r)
		}
	}()
	for i := 0; i < 5; i++ {
		got = append(got, s.Pop())
	}
	return got, "none"
}

func recurse(n int) {
	defer record(fmt.Sprint("unwind ", n))
	if n == 0 {
		var m map[string]bool
		m["boom"] = true
	}
	recurse(n - 1)
}

func main() {
	for _, x := range []int{0, 1, 2, 3} {
		events = nil
		res := level1(x)
		fmt.Println("x =", x, "res =", res)
		for _, e := range events {
			fmt.Println("   ", e)
		}
	}

	s := &Stack{items: []int{1, 2, 3}}
	got, err := s.SafePopAll()
	fmt.Println(got, err)

	events = nil
	func() {
		defer func() { record(fmt.Sprint("caught: ", recover())) }()
		recurse(4)
	}()
	for _, e := range events {
		fmt.Println(e)
	}
}
