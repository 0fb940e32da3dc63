package main

import (
	"fmt"
	"strings"
)

func main() {
	defer func() { fmt.Println(recover()) }()
	var a strings.Builder
	a.WriteString("x")
	b := a
	b.WriteString("y")
	fmt.Println(b.String())
}
