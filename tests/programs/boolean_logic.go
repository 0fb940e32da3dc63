package main

import "fmt"

var calls int

func t(name string) bool {
	calls++
	fmt.Print(name, " ")
	return true
}

func f(name string) bool {
	calls++
	fmt.Print(name, " ")
	return false
}

func main() {
	fmt.Println(f("a") && t("b"))
	fmt.Println(t("c") || f("d"))
	fmt.Println(f("e") || t("f") && f("g"))
	fmt.Println(!t("h") == false, calls)
	x := 3
	fmt.Println(x > 1 && x < 5, x == 3 != false)
}
