package main

import "fmt"

func main() {
	a := fmt.Sprint("a", 1, 2, "b", true)
	b := fmt.Sprintln("x", 3, "y")
	c := fmt.Sprintf("%d-%s-%v", 1, "two", false)
	fmt.Print(a, "|", b, c, "\n")
	fmt.Println(len(a), len(b), len(c))
	d := fmt.Sprintf("%5s", fmt.Sprint(12))
	fmt.Println(d + "!")
}
