// panic and recover
package main

import (
	"errors"
	"fmt"
)

func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func mustPositive(n int) int {
	if n < 0 {
		panic(fmt.Sprintf("negative value %d", n))
	}
	return n
}

func tryCall(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("caught: ", r)
		}
	}()
	f()
	return "ok"
}

type customErr struct{ code int }

func (c customErr) Error() string { return fmt.Sprintf("code %d", c.code) }

func main() {
	fmt.Println(safeDivide(10, 2))
	fmt.Println(safeDivide(1, 0))

	fmt.Println(tryCall(func() { mustPositive(5) }))
	fmt.Println(tryCall(func() { mustPositive(-3) }))
	fmt.Println(tryCall(func() {
		var s []int
		_ = s[5]
	}))
	fmt.Println(tryCall(func() {
		var m map[string]int
		m["a"] = 1
	}))
	fmt.Println(tryCall(func() { panic(customErr{42}) }))
	fmt.Println(tryCall(func() { panic(errors.New("plain error")) }))
	fmt.Println(tryCall(func() {
		var i interface{} = "str"
		_ = i.(int)
	}))
	fmt.Println(tryCall(func() {
		type T struct{ v int }
		var p *T
		fmt.Println(p.v)
	}))

	defer fmt.Println("main deferred runs after recovery")
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered value type %T: %v\n", r, r)
		}()
		panic(3.14)
	}()
	fmt.Println("end of main")
}
