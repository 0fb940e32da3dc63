package main

import (
	"fmt"
	"strings"
)

func main() {
	_ = strings.Split("a")
	_ = fmt.Sprint()
	_ = strings.NewReplacer()
	_ = strings.Fields()
}
