package main

import "fmt"

type A interface{ M() string }
type B interface {
	A
	N() string
}

type T1 struct{}
type T2 struct{}

func (T1) M() string { return "T1.M" }
func (T2) M() string { return "T2.M" }
func (T2) N() string { return "T2.N" }

func first(v any) string {
	switch x := v.(type) {
	case A:
		return "A first: " + x.M()
	case B:
		return "B never reached: " + x.N()
	}
	return "none"
}

func second(v any) string {
	switch x := v.(type) {
	case B:
		return "B: " + x.M() + "+" + x.N()
	case A:
		return "A: " + x.M()
	case int:
		if x > 10 {
			return "big int"
		}
		return "small int"
	}
	return "none"
}

func count(vs []any) (ints, strs, others int) {
	for _, v := range vs {
		switch v.(type) {
		case int:
			ints++
			continue
		case string:
			strs++
		default:
			others++
		}
	}
	return
}

func main() {
	vals := []any{T1{}, T2{}, &T2{}, 5, 50, "s", nil}
	for _, v := range vals {
		fmt.Printf("%-8T | %-16s | %s\n", v, first(v), second(v))
	}
	i, s, o := count(vals)
	fmt.Println("counts:", i, s, o)
outer:
	for _, v := range vals {
		switch v.(type) {
		case string:
			fmt.Println("found string, stopping")
			break outer
		case int:
			fmt.Println("int, break switch only")
			break
		}
		fmt.Println("after switch for", v)
	}
}
