package main

type F func(int)

func main() {
	var m map[func()]int
	_ = m
	var x interface{} = 1
	switch x.(type) {
	case func(), func():
	}
	var f func() = 1
	_ = f
	_ = []func(){} == nil
}
