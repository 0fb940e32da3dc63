package main

type I interface{ M() }
type T int

func g() (I, error) {
	return T(1), nil
}

func h() (int, I) { return 0, nil }

func main() {
	var a I
	var b T
	b, a = h()
	_, _ = a, b
	g()
}
