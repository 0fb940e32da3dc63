package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "myerr" }

type MyBool bool

func f() (int, *MyErr) { return 1, nil }
func g() (any, error)  { return f() }

func main() {
	var v any
	var err error
	v, err = f()
	fmt.Println(v, err != nil)
	var ok MyBool
	var x any = 1
	v, ok = x.(int)
	fmt.Println(v, ok)
	fmt.Println(g())
}
