package main

func g() (int, string)          { return 1, "a" }
func two() (int, int)           { return 3, 4 }
func f(x int)                   {}
func h(x, y, z int)             {}
func k()                        {}
func v(xs ...int)               {}
func w(a int, xs ...int)        {}
func w3(a, b, c int, xs ...int) {}

func main() {
	f(g())
	h(g())
	k(g())
	v(g())
	w(g())
	w3(two())
}
