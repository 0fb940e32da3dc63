// Builtins given one multi-value call: gc binds its results to the builtin's operands.
package main

import "fmt"

func pair() (int, int)                     { return 3, 7 }
func floats() (float64, float64, float64) { return 1.5, -2, 0.5 }
func words() (string, string)             { return "pear", "apple" }
func buffers() ([]int, []int)             { return make([]int, 2), []int{5, 6, 7} }

var calls int

func counted() (map[string]int, string) {
	calls++
	return table, "b"
}

var table = map[string]int{"a": 1, "b": 2, "c": 3}

func first() int { calls++; return calls * 10 }

func main() {
	fmt.Println(max(pair()), min(pair()))
	fmt.Println(min(floats()), max(floats()))
	fmt.Println(min(words()), max(words()))
	fmt.Println(copy(buffers()))
	delete(counted())
	fmt.Println(len(table), table, calls)
	// Left to right: first() before the builtin's call.
	fmt.Println(first(), max(pair()), first())
	print(pair())
	println(pair())
	println(floats())
	println(words())
}
