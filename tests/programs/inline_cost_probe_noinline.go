package main

var sink int

func q1(x int) (r int)  { defer func() { recover() }(); return x }
func q2(x int) int      { defer println(x); return x }
func q3(x int)          { go println(x) }
func q4() any           { return recover() }
func q5(x int) int      { if r := recover(); r != nil { return 1 }; return x }
func q6(x int) int      { for range 3 { defer func() {}() }; return x }

//go:noinline
func q7(x int) int      { return x }

//go:norace
func q8(x int) int      { return x + 1 }

//go:nosplit
func q9(x int) int      { return x + 2 }

func q10(f func()) int  { defer f(); return 1 }

func main() {
	sink = q1(1) + q2(1) + q5(1) + q6(1) + q7(1) + q8(1) + q9(1) + q10(func() {})
	q3(1)
	_ = q4()
}
