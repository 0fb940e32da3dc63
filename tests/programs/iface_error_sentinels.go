package main

import (
	"errors"
	"fmt"
	"os"
)

var (
	ErrEmpty    = errors.New("stack empty")
	ErrOverflow = errors.New("stack overflow")
)

type Stack struct {
	items []int
	cap   int
}

func (s *Stack) Push(v int) error {
	if len(s.items) >= s.cap {
		return fmt.Errorf("push %d: %w", v, ErrOverflow)
	}
	s.items = append(s.items, v)
	return nil
}

func (s *Stack) Pop() (int, error) {
	if len(s.items) == 0 {
		return 0, ErrEmpty
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func main() {
	s := &Stack{cap: 3}
	for i := 1; i <= 4; i++ {
		if err := s.Push(i * 10); err != nil {
			fmt.Println("error:", err)
			if errors.Is(err, ErrOverflow) {
				fmt.Println("  -> overflow detected")
			}
		}
	}
	for {
		v, err := s.Pop()
		if err == ErrEmpty {
			fmt.Println("done:", err)
			break
		}
		fmt.Println("popped", v)
	}
	_, err := s.Pop()
	switch {
	case errors.Is(err, ErrOverflow):
		fmt.Println("overflow?")
	case errors.Is(err, ErrEmpty):
		fmt.Println("empty again")
	}
	if err != nil {
		fmt.Println("exiting with 3")
		os.Exit(3)
	}
	fmt.Println("unreachable")
}
