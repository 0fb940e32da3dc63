package main

import "fmt"

type Op func(a, b float64) float64

type Calculator struct {
	ops     map[string]Op
	history []float64
}

func NewCalculator() *Calculator {
	c := &Calculator{ops: map[string]Op{}}
	c.ops["+"] = func(a, b float64) float64 { return a + b }
	c.ops["-"] = func(a, b float64) float64 { return a - b }
	c.ops["*"] = func(a, b float64) float64 { return a * b }
	c.ops["/"] = func(a, b float64) float64 { return a / b }
	c.ops["idiv"] = func(a, b float64) float64 { return float64(int(a) / int(b)) }
	return c
}

func (c *Calculator) Apply(op string, a, b float64) (result float64, msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("error: ", r)
			result = 0
		}
		c.history = append(c.history, result)
	}()
	f, ok := c.ops[op]
	if !ok {
		panic("unknown operator " + op)
	}
	return f(a, b), "ok"
}

// accumulator returns a closure keeping a running mean.
func accumulator() func(float64) float64 {
	var sum float64
	var n int
	return func(x float64) float64 {
		sum += x
		n++
		return sum / float64(n)
	}
}

func scaler(factor float64) func(float64) float64 {
	return func(x float64) float64 { return x * factor }
}

func compose(fs ...func(float64) float64) func(float64) float64 {
	return func(x float64) float64 {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func main() {
	c := NewCalculator()
	tests := []struct {
		op   string
		a, b float64
	}{
		{"+", 1.5, 2.25}, {"-", 1, 0.1}, {"*", 3, 1.1}, {"/", 1, 3},
		{"/", 1, 0}, {"/", -1, 0}, {"/", 0, 0}, {"idiv", 7.9, 2.1},
		{"idiv", 5, 0.5}, {"%", 1, 2},
	}
	for _, t := range tests {
		r, msg := c.Apply(t.op, t.a, t.b)
		fmt.Printf("%v %s %v = %v (%s)\n", t.a, t.op, t.b, r, msg)
	}
	fmt.Println(c.history)

	avg := accumulator()
	for _, x := range []float64{10, 20, 30, 45.5} {
		fmt.Printf("%.4f ", avg(x))
	}
	fmt.Println()

	toF := compose(scaler(9.0/5), func(x float64) float64 { return x + 32 })
	fmt.Println(toF(100), toF(-40), toF(37))

	// Deferred calls see the float values at the time of the defer statement.
	x := 1.5
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	x *= 4
	fmt.Println("x =", x)
}
