// Stack-based RPN calculator
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

var ErrStack = errors.New("stack underflow")

func rpn(expr string) (float64, error) {
	var st []float64
	pop := func() (float64, error) {
		if len(st) == 0 {
			return 0, ErrStack
		}
		v := st[len(st)-1]
		st = st[:len(st)-1]
		return v, nil
	}
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/", "^":
			b, err1 := pop()
			a, err2 := pop()
			if err := errors.Join(err1, err2); err != nil {
				return 0, fmt.Errorf("at %q: %w", tok, ErrStack)
			}
			var r float64
			switch tok {
			case "+":
				r = a + b
			case "-":
				r = a - b
			case "*":
				r = a * b
			case "/":
				if b == 0 {
					return 0, errors.New("division by zero")
				}
				r = a / b
			case "^":
				r = math.Pow(a, b)
			}
			st = append(st, r)
		default:
			v, err := strconv.ParseFloat(tok, 64)
			if err != nil {
				return 0, fmt.Errorf("bad token %q", tok)
			}
			st = append(st, v)
		}
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("expected 1 value on stack, have %d", len(st))
	}
	return st[0], nil
}

func main() {
	for _, e := range []string{
		"3 4 +",
		"5 1 2 + 4 * + 3 -",
		"2 3 ^ 2 /",
		"1 +",
		"4 0 /",
		"1 2 3",
		"2 x *",
		"15 7 1 1 + - / 3 * 2 1 1 + + -",
	} {
		v, err := rpn(e)
		if err != nil {
			fmt.Printf("%-34s error: %v (underflow=%v)\n", e, err, errors.Is(err, ErrStack))
			continue
		}
		fmt.Printf("%-34s = %g\n", e, v)
	}
}
