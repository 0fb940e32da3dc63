package main

import (
	"fmt"
	"os"
)

type C int
type Flag bool

func main() {
	none := os.Args[1:]
	fmt.Printf("%#v|%#v|%#v|%d|%q|%x\n", "q\t\"x\"", none, 5, none, none, none)
	fmt.Printf("%#v %#q %+q\n", "tab\there", "back`quote", "é")
	fmt.Printf("%d|%v|%x|%5d|%t|%-6v|%c|%U|%o\n", C(5), C(6), C(255), C(7), Flag(true), C(8), C(65), C(0x1F600), C(8))
	fmt.Println(fmt.Sprintf("%v %s", C(3), fmt.Sprint(Flag(false))))
}
