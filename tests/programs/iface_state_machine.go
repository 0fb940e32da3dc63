package main

import "fmt"

type State interface {
	Name() string
	Next(input byte) State
}

type Start struct{}
type InNumber struct{ digits int }
type InWord struct{ letters int }
type Fail struct{ at byte }

func (Start) Name() string { return "start" }
func (Start) Next(c byte) State {
	switch {
	case c >= '0' && c <= '9':
		return InNumber{1}
	case c >= 'a' && c <= 'z':
		return InWord{1}
	case c == ' ':
		return Start{}
	}
	return Fail{c}
}

func (n InNumber) Name() string { return fmt.Sprintf("number(%d)", n.digits) }
func (n InNumber) Next(c byte) State {
	if c >= '0' && c <= '9' {
		return InNumber{n.digits + 1}
	}
	if c == ' ' {
		return Start{}
	}
	return Fail{c}
}

func (w InWord) Name() string { return fmt.Sprintf("word(%d)", w.letters) }
func (w InWord) Next(c byte) State {
	if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
		return InWord{w.letters + 1}
	}
	if c == ' ' {
		return Start{}
	}
	return Fail{c}
}

func (f Fail) Name() string    { return fmt.Sprintf("fail(%q)", f.at) }
func (f Fail) Next(byte) State { return f }

func run(input string) {
	var s State = Start{}
	trace := s.Name()
	for i := 0; i < len(input); i++ {
		s = s.Next(input[i])
		trace += " > " + s.Name()
		if _, failed := s.(Fail); failed {
			break
		}
	}
	fmt.Printf("%-10q %s\n", input, trace)
	switch s.(type) {
	case Start, InNumber, InWord:
		fmt.Println("  accepted, final", s == State(Start{}))
	case Fail:
		fmt.Println("  rejected")
	}
}

func main() {
	for _, in := range []string{"12 ab", "x1y", "9a", "", "ab-c"} {
		run(in)
	}
}
