package main

import "fmt"

type AS []any

// The operand spread into a fmt function is anything assignable to []any: nil, a named type
// of that underlying type, a []any.
func main() {
	fmt.Println(nil...)
	as := AS{1, "z"}
	fmt.Println(as...)
	fmt.Printf("%v-%v\n", as...)
	var none []any
	fmt.Print(none...)
	fmt.Println(len(fmt.Sprint(as...)), fmt.Sprintln([]any{2.5, nil}...))
}
