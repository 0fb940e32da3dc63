package main

import (
	"fmt"
	"os"
)

type S struct{ n int }

func (s S) String() string {
	fmt.Println("inside String", s.n)
	fmt.Fprintf(os.Stderr, "stderr %d\n", s.n)
	return fmt.Sprintf("S%03d", s.n)
}

type F struct{}

func (F) Format(st fmt.State, v rune) {
	fmt.Print("inside Format ")
	fmt.Println(S{9})
	fmt.Fprintf(st, "F%c", v)
}

func main() {
	fmt.Println("a", S{1}, "b", S{2})
	fmt.Printf("%5s|%-8v|%x\n", S{3}, S{4}, S{5})
	fmt.Println(F{}, S{6})
	s := fmt.Sprint(F{}, S{7})
	fmt.Println(s)
}
