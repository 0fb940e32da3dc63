package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			res = -1
		}
	}()
	return a / b, nil
}

func safeIndex(s []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			}
		}
	}()
	return s[i], nil
}

func deferOrder() {
	for i := range 3 {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func double() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

func custom() (err error) {
	defer func() {
		r := recover()
		err = fmt.Errorf("wrapped: %v", r)
	}()
	panic(errors.New("boom"))
}

func nilMap() (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	var m map[string]int
	m["x"] = 1
	return "unreachable"
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(safeIndex([]int{1, 2, 3}, 5))
	fmt.Println(safeIndex([]int{1, 2, 3}, 2))
	deferOrder()
	fmt.Println(double())
	fmt.Println(custom())
	fmt.Println(nilMap())
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		var p *struct{ X int }
		fmt.Println(p.X)
	}()
	func() {
		defer func() { fmt.Println("type assert:", recover()) }()
		var x any = "str"
		fmt.Println(x.(int))
	}()
	x := 1
	defer fmt.Println("x at defer time:", x)
	x = 2
	fmt.Println("x now", x)
}
