package main

import "fmt"

func show(name string, s []int) {
	fmt.Printf("%s=%v len=%d cap=%d\n", name, s, len(s), cap(s))
}

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	show("base", base)
	a := base[2:5]
	show("a", a)
	b := base[2:5:6]
	show("b", b)
	a = append(a, 100)
	show("base", base)
	b = append(b, 200)
	show("b", b)
	b = append(b, 300)
	show("b", b)
	show("base", base)
	c := a[1:cap(a)]
	show("c", c)
	var s []int
	for i := range 10 {
		s = append(s, i)
		fmt.Print(len(s), "/", cap(s), " ")
	}
	fmt.Println()
	m := make([]int, 3, 10)
	show("m", m)
	m2 := m[:6]
	show("m2", m2)
	full := base[:]
	full[0] = -1
	fmt.Println(base[0], base[len(base)-1])
	arr := [6]string{"a", "b", "c", "d", "e", "f"}
	sl := arr[1:4]
	sl[0] = "B"
	fmt.Println(arr, sl, len(sl), cap(sl))
	tail := sl[len(sl):]
	fmt.Println(tail, len(tail), cap(tail))
	fmt.Println(base[:0], base[10:], len(base[:0]) == 0)
}
