package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println(r == nil, r)
	}()
	panic(nil)
}
