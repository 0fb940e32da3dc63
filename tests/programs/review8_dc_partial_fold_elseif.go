package main

import (
	"fmt"
	"os"
)

const debug = false

func main() {
	var s []string
	s = append(s, "a")
	n := len(os.Args)
	if n > 10 {
		fmt.Println("many")
	} else if n > 7 || debug && fmt.Sprintln(s) != "" {
		fmt.Println("some")
	}
	fmt.Println(len(s), cap(s))
}
