package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	env := append(os.Environ(), "X=1")
	parts := append(strings.Split("a,b", ","), "c")
	fmt.Println(len(env) > 1, env[len(env)-1], parts)
}
