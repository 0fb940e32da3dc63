package main

import "fmt"

func main() {
	fmt.Println(len(fmt.Sprintf("%.65d", 7)))
	fmt.Println(len(fmt.Sprintf("%.[2]*[1]x", 255, 100)))
	fmt.Println(len(fmt.Sprintf("%.70U", 'x')))
	fmt.Println(len(fmt.Sprintf("%.80v", int8(-3))))
}
