package main

import "fmt"

func get(s string, i int) byte { return s[i] }

func main() {
	fmt.Println(get("xyz", 1))
	fmt.Println(get("xyz", -1))
}
