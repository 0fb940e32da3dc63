package main

import (
	"errors"
	"fmt"
)

type S string

func (s S) String() string { return string(s) + "é\t" }

func main() {
	s := S("ab`c")
	e := errors.New("ée\n")
	fmt.Printf("[%s][%q][%#q][%+q][%x][%X][% x][%#x][%08s][%.2x][%-8q][%.3s][%10.2v]\n", s, s, s, s, s, s, s, s, s, s, s, s, s)
	fmt.Printf("[%s][%q][%#q][%+q][%x][% X][%#v][%d][%t][%c]\n", e, e, e, e, e, e, S("z"), s, s, s)
	fmt.Printf("[%#q]\n", S("plain"))
	fmt.Printf("[%v][%s]\n", []S{"a", "b"}, map[S]error{"k": e})
	fmt.Printf("[%q]\n", []error{e, nil})
}
