// `x = x op y` written so costs gc two nodes more than `x op= y`: memrun's upper bound of a
// function's cost counts the shorter form only as often as the source has it.
package main

import "fmt"

func stepsLong(x int) int {
	x = x + 1
	x = x * 2
	x = x &^ 3
	x = x - 4
	x = x + 5
	x = x * 6
	x = x - 7
	x = x + 8
	x = x | 9
	x = x + 10
	x = x ^ 11
	x = x + 12
	x = x - 13
	return x
}

func stepsShort(x int) int {
	x += 1
	x *= 2
	x &^= 3
	x -= 4
	x += 5
	x *= 6
	x -= 7
	x += 8
	x |= 9
	x += 10
	x ^= 11
	x += 12
	x -= 13
	x++
	return x
}

func mixed(s string, n int) string {
	s = s + "a"
	s += "b"
	n++
	n = n + 1
	return s + fmt.Sprint(n)
}

func main() {
	fmt.Println(stepsLong(1), stepsShort(1), mixed("x", 1))
}
