package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

var ErrStack = errors.New("stack underflow")

type Calc struct {
	stack []float64
	trace []string
}

func (c *Calc) push(v float64) { c.stack = append(c.stack, v) }

func (c *Calc) pop() (float64, error) {
	if len(c.stack) == 0 {
		return 0, ErrStack
	}
	v := c.stack[len(c.stack)-1]
	c.stack = c.stack[:len(c.stack)-1]
	return v, nil
}

func (c *Calc) Eval(expr string) (result float64, err error) {
	c.stack = c.stack[:0]
	defer func() {
		c.trace = append(c.trace, fmt.Sprintf("%s => %v (%v)", expr, result, err))
	}()
	binops := map[string]func(a, b float64) float64{
		"+": func(a, b float64) float64 { return a + b },
		"-": func(a, b float64) float64 { return a - b },
		"*": func(a, b float64) float64 { return a * b },
		"/": func(a, b float64) float64 { return a / b },
		"^": math.Pow,
	}
	for _, tok := range strings.Fields(expr) {
		if f, ok := binops[tok]; ok {
			b, err1 := c.pop()
			a, err2 := c.pop()
			if err := errors.Join(err1, err2); err != nil {
				return 0, fmt.Errorf("at %q: %w", tok, ErrStack)
			}
			c.push(f(a, b))
			continue
		}
		switch tok {
		case "sqrt":
			a, err := c.pop()
			if err != nil {
				return 0, err
			}
			c.push(math.Sqrt(a))
		case "dup":
			a, err := c.pop()
			if err != nil {
				return 0, err
			}
			c.push(a)
			c.push(a)
		default:
			v, err := strconv.ParseFloat(tok, 64)
			if err != nil {
				return 0, fmt.Errorf("bad token %q", tok)
			}
			c.push(v)
		}
	}
	if len(c.stack) != 1 {
		return 0, fmt.Errorf("%d values left on stack", len(c.stack))
	}
	return c.stack[0], nil
}

func main() {
	c := &Calc{}
	exprs := []string{"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2 0.5 ^", "1 0 /", "0 0 /", "-1 sqrt", "1 +", "4 dup *", "1 2 3", "2 x *", "9 sqrt 2 ^ 3 /"}
	for _, e := range exprs {
		v, err := c.Eval(e)
		if err != nil {
			fmt.Printf("%-20s error: %v (underflow=%v)\n", e, err, errors.Is(err, ErrStack))
			continue
		}
		fmt.Printf("%-20s = %v | %.3f | %g\n", e, v, v, v)
	}
	fmt.Println("stack cap", cap(c.stack), "trace", len(c.trace), cap(c.trace))
	fmt.Println(c.trace[3])
}
