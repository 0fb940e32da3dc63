package main

import "fmt"

type T int

func (T) String() string { return "" }

func main() {
	var s fmt.Stringer = T(1)
	_ = s.(error)
	_ = s.(*T)
	_ = s.(T).Error()
	var e error
	_ = e.(fmt.Stringer).String(1)
}
