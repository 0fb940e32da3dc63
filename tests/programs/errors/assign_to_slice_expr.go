package main

import "fmt"

func main() {
	buf := []byte("hello")
	buf[1:3] = []byte("EL")
	var arr [4]int
	arr[:2] = nil
	fmt.Println(buf, arr)
}
