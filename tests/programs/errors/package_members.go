package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Foo()
	_ = os.args
	fmt.println("x")
	var n int = os.Args
	os.Exit("1")
	os.Exit()
}
