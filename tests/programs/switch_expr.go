package main

import "fmt"

func name(n int) string {
	switch n {
	case 1:
		return "one"
	case 2, 3:
		return "two or three"
	default:
		return "many"
	case 0:
		return "zero"
	}
}

func main() {
	for i := 0; i < 5; i++ {
		fmt.Println(i, name(i))
	}
	switch s := "go"; s + "pher" {
	case "gopher":
		fmt.Println("found", s)
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("big")
		break
		fmt.Println("unreachable")
	}
}
