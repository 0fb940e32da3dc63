// probes: *p = inl(&p): the helper repoints p; which target receives the value
package main

import "fmt"

var A, B int

func repoint(pp **int) int {
	s := append([]int(nil), 42)
	*pp = &B
	return s[0]
}

func main() {
	p := &A
	*p = repoint(&p)
	fmt.Println(A, B)
}
