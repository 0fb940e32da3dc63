package main

import (
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v ...T) { s.items = append(s.items, v...) }
func (s *Stack[T]) Len() int    { return len(s.items) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = slices.Delete(s.items, len(s.items)-1, len(s.items))
	return v, true
}

func (s *Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

// All iterates from top to bottom.
func (s *Stack[T]) All() iter.Seq2[int, T] { return slices.Backward(s.items) }

func evalRPN(expr string) (int, error) {
	var st Stack[int]
	for _, tok := range strings.Fields(expr) {
		if n, err := strconv.Atoi(tok); err == nil {
			st.Push(n)
			continue
		}
		b, ok1 := st.Pop()
		a, ok2 := st.Pop()
		if !ok1 || !ok2 {
			return 0, fmt.Errorf("stack underflow at %q", tok)
		}
		switch tok {
		case "+":
			st.Push(a + b)
		case "-":
			st.Push(a - b)
		case "*":
			st.Push(a * b)
		default:
			return 0, fmt.Errorf("bad op %q", tok)
		}
	}
	v, _ := st.Pop()
	return v, nil
}

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st Stack[rune]
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			if top, ok := st.Pop(); !ok || top != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	for _, e := range []string{"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 +", "2 3 ^"} {
		v, err := evalRPN(e)
		fmt.Println(e, "=>", v, err)
	}
	for _, s := range []string{"([]{})", "([)]", "((", ""} {
		fmt.Printf("%q %v\n", s, balanced(s))
	}
	var hist Stack[string]
	hist.Push("home", "docs", "api")
	for i, page := range hist.All() {
		fmt.Print(i, ":", page, " ")
	}
	fmt.Println()
	top, _ := hist.Peek()
	fmt.Println("top:", top, "len:", hist.Len())
	for hist.Len() > 0 {
		p, _ := hist.Pop()
		fmt.Print(p, " ")
	}
	_, ok := hist.Pop()
	fmt.Println(ok)
}
