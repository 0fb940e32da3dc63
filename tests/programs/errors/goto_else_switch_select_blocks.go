package main

import "fmt"

func main() {
	x := len(fmt.Sprint(1))
	if x == 1 {
		goto A
	} else {
	A:
		fmt.Println("a")
	}
	if x == 2 {
	} else if x == 3 {
		goto B
	} else {
		goto C
		y := 1
	C:
		fmt.Println(y)
	}
B:
	switch v := any(x).(type) {
	case int:
		goto D
	case string:
	D:
		fmt.Println(v)
	}
	select {
	default:
		goto E
		z := 2
	E:
		fmt.Println(z)
	}
	if x > 0 {
		goto F
	} else if x < 0 {
	F:
		fmt.Println()
	}
}
