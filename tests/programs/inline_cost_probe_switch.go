package main

import "runtime"

var sink int

const K = 3

func sw1(a, b int) int {
	switch K {
	case 1:
		return a * b * a * b
	case 3:
		return a
	default:
		return b * a * b * a
	}
}
func sw2(a, b int) int {
	switch {
	case true:
		return a
	case a > b:
		return a * b * a * b
	}
	return b
}
func sw3(a, b int) int {
	switch runtime.GOOS {
	case "windows", "plan9":
		return a * b * a * b
	case "linux":
		return a
	}
	return b * a * b * a
}
func sw4(a, b int) int {
	switch K {
	case 1, 2:
		a = a * b * a * b
	}
	return a
}
func sw5(a [4]int, b int) int {
	switch len(a) {
	case 4:
		return b
	default:
		return b * b * b * b * b
	}
}
func sw6(a, b int) int {
	switch x := K * 2; x {
	case 6:
		return a
	}
	return a * b * a * b
}
func sw7(a, b int) int {
	switch a {
	case 1, 2, 3, 4, 5:
		return b
	case 6, 7:
		return a
	}
	return 0
}
func sw8(a, b int) int {
	switch {
	case a > 1, a < -1:
		return b
	}
	return a
}
func sw9(a, b int) int {
	switch K {
	case 3:
		a++
		fallthrough
	case 4:
		return a * b
	}
	return b
}
func sw10(a, b int) int {
	switch {
	case false:
		return a * b * a * b
	case true:
		return a
	}
	return b * a * b * a
}
func sw11(a, b int) int {
	switch {
	default:
		return a
	case false:
		return a * b * a * b
	}
}
func sw12(a, b int) int {
	switch {
	case a > 0:
		return a
	default:
		return b
	}
}
func sw13(a, b int) int {
L:
	switch a {
	case 1:
		break L
	case 2:
		return b
	}
	return a
}

func main() {
	defer func() {}()
	sink = sw1(1, 2) + sw2(1, 2) + sw3(1, 2) + sw4(1, 2) + sw5([4]int{}, 2) + sw6(1, 2) + sw7(1, 2) + sw8(1, 2) + sw9(1, 2) + sw10(1, 2) + sw11(1, 2) + sw12(1, 2) + sw13(1, 2)
}
