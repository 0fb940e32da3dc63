package main

import "fmt"

func main() {
	var q any = []interface{ m() }{}
	fmt.Printf("%T\n", q)
	defer func() { fmt.Println(recover()) }()
	_ = q.(interface{ m() })
}
