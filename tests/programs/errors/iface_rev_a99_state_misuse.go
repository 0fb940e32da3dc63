package main

import "fmt"

type F struct{}

func (F) Format(s fmt.State, c rune) {
	s.Write("x")
	s.Flag('x', 1)
	w := s.Width()
	_ = w
	s.WriteString("y")
}

func main() {}
