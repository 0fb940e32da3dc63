// probes: helper inlined into init() and main(), appends to a global from both
package main

import "fmt"

var G []string

func note(s string) int {
	G = append(G, s)
	return len(G)
}

func init() {
	note("init1")
}

func init() {
	note("init2")
}

func main() {
	n := note("main")
	fmt.Println(n, G)
}
