package main

import (
	"fmt"
	"runtime"
)

func main() {
	_, _, line, ok := runtime.Caller(0)
	fmt.Println(line, ok)
}
