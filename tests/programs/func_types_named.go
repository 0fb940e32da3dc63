package main

import "fmt"

type BinOp func(int, int) int

type Pred func(int) bool

func (p Pred) And(q Pred) Pred {
	return func(x int) bool { return p(x) && q(x) }
}

func (p Pred) Or(q Pred) Pred {
	return func(x int) bool { return p(x) || q(x) }
}

func (p Pred) Not() Pred {
	return func(x int) bool { return !p(x) }
}

type Transform func(string) string

func (t Transform) Then(u Transform) Transform {
	return func(s string) string { return u(t(s)) }
}

func apply(op BinOp, xs []int, init int) int {
	acc := init
	for _, x := range xs {
		acc = op(acc, x)
	}
	return acc
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}

func exclaim(s string) string { return s + "!" }

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}

func main() {
	xs := []int{1, 2, 3, 4, 5, 6}
	var plus BinOp = func(a, b int) int { return a + b }
	times := BinOp(func(a, b int) int { return a * b })
	fmt.Println(apply(plus, xs, 0), apply(times, xs, 1))
	fmt.Println(apply(func(a, b int) int { return max(a, b) }, xs, -1))

	even := Pred(func(x int) bool { return x%2 == 0 })
	big := Pred(func(x int) bool { return x > 10 })
	for _, p := range []struct {
		name string
		p    Pred
	}{
		{"even", even},
		{"big", big},
		{"even&big", even.And(big)},
		{"even|big", even.Or(big)},
		{"!even", even.Not()},
		{"!(even|big)", even.Or(big).Not()},
	} {
		var hits []int
		for i := range 16 {
			if p.p(i) {
				hits = append(hits, i)
			}
		}
		fmt.Printf("%-12s %v\n", p.name, hits)
	}

	t := Transform(upper).Then(exclaim).Then(Transform(exclaim))
	fmt.Println(t("hello"))

	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))

	// Func type conversion between identical underlying types.
	var raw func(int) bool = even
	fmt.Println(raw(4), Pred(raw).Not()(4))
	fmt.Printf("%T %T\n", even, raw)
}
