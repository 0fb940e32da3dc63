package main

import "fmt"

var x = "global"

func main() {
	fmt.Println(x)
	x := 1
	{
		x := true
		fmt.Println(x)
		{
			x := "inner"
			fmt.Println(x)
		}
	}
	fmt.Println(x)
	if x := 2 > 1; x {
		fmt.Println("shadow in if")
	}
	for x := 0; x < 1; x++ {
		fmt.Println("loop", x)
	}
	fmt.Println(x)
}
