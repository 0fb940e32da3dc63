package main

import "fmt"

// Checks appends guarded by local variables shadowing the identifiers true and false.
func main() {
	false := len(fmt.Sprint(1)) == 1
	var s []int
	if !false {
		s = append(s, 1)
	}
	s = append(s, 2)
	fmt.Println(len(s), cap(s))
	{
		true := 1 > 2
		var t []int
		for true {
			t = append(t, 1)
		}
		t = append(t, 2)
		fmt.Println(len(t), cap(t))
	}
}
