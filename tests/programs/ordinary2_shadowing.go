package main

import (
	"errors"
	"fmt"
	"strconv"
)

var x = "package"

func parseAll(ss []string) (sum int, err error) {
	for _, s := range ss {
		n, err := strconv.Atoi(s)
		if err != nil {
			fmt.Println("  inner err:", err)
			continue
		}
		sum += n
	}
	return sum, err
}

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := 42
		x++
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := 3.5; x > 3 {
		fmt.Println("if-scope", x)
	} else if y := x * 2; y > 0 {
		fmt.Println(y)
	}
	for x := range 2 {
		fmt.Println("loop x", x)
	}
	fmt.Println(x)
	fmt.Println(parseAll([]string{"1", "two", "3"}))
	err := errors.New("outer")
	if true {
		_, err := strconv.Atoi("zz")
		fmt.Println("shadow:", err != nil)
	}
	fmt.Println(err)
	a, b := 1, 2
	b, c := 3, 4
	fmt.Println(a, b, c)
	fn := func() {
		x = "modified by closure"
	}
	fn()
	fmt.Println(x)
	type x2 struct{ v int }
	v := x2{5}
	fmt.Printf("%+v %T\n", v, v)
	len := func(s string) int { return 99 }
	fmt.Println(len("abc"))
}
