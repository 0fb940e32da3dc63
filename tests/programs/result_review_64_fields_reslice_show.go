package main

import (
	"fmt"
	"strings"
)

func show(label string, xs []string) {
	fmt.Println(label, len(xs), cap(xs))
}

func main() {
	f := strings.Fields("  cmd  arg1 arg2   arg3 ")
	show("all", f)
	show("args", f[1:])
	show("head", f[:1])
	show("split", strings.Split("a/b/c", "/")[1:])
	show("after", strings.SplitAfterN("k=v=w", "=", 2))
}
