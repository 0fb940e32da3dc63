package main

import "fmt"

var sh = -1

func main() {
	m := map[string]int{}
	defer func() { fmt.Println(recover(), len(m)) }()
	m["a"] = m["a"] << sh
}
