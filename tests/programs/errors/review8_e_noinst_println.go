package main

import (
	"fmt"
	"strings"
	"maps"
)

func main() {
	fmt.Println(maps.Clone, strings.ToUpper)
}
