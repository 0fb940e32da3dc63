package main

import (
	"fmt"
	"os"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

// trace logs to standard error with the builtins; only stdout is the program's output.
func trace(l Level, msg string, n int) {
	if l >= Info {
		println("trace:", l, msg, n)
	}
}

func factorial(n int) int {
	print("factorial(", n, ")\n")
	if n <= 1 {
		return 1
	}
	return n * factorial(n-1)
}

type Point struct{ X, Y int }

func main() {
	fmt.Println("start")
	println("println to stderr", 1, true, "x")
	print("print to stderr", 1, true, "x", "\n")
	println()
	print()

	fmt.Println("5! =", factorial(5))
	trace(Debug, "hidden", 0)
	trace(Warn, "shown", 42)

	var i8 int8 = -8
	var u64 uint64 = 1<<64 - 1
	var r rune = 'A'
	var b byte = 'b'
	println(i8, u64, r, b, -0, 07, 0x10)
	print(i8, u64, "\n")

	p := Point{1, 2}
	println(p.X, p.Y)
	fmt.Println(p)

	var nilSlice []int
	println(len(nilSlice), nilSlice == nil, "" == "")

	total := 0
	for i := 1; i <= 4; i++ {
		total += i
		println("running total", total)
		fmt.Print(total, " ")
	}
	fmt.Println()

	s := "hello"
	println(s, len(s), s[1:3], s+"!")

	defer fmt.Println("deferred stdout")
	defer println("deferred stderr")

	if total != 10 {
		os.Exit(1)
	}
	fmt.Println("end")
}
