package main

import "fmt"

var str = "ab"
var n int

func f() int { str = "xyz"; n = 5; return 0 }
func g(a any, b int) { fmt.Println(a, b) }

func main() {
	fmt.Println([]byte(str), []rune(str), f())
	str = "ab"
	x := len([]byte(str)) + f()
	fmt.Println(x)
	str, n = "ab", 0
	g(n == 0, f())
	n = 0
	var a, b any = n > 0, f()
	fmt.Println(a, b)
	n = 0
	m := map[string]any{"a": n < 1, "b": f()}
	fmt.Println(m)
	n = 0
	defer fmt.Println("defer", n == 0, f())
	n = 0
	func() {
		defer func() { fmt.Println(recover()) }()
		panic(fmt.Sprint(n == 0, f()))
	}()
}
