package main

import "fmt"

type Item struct {
	Name string
	Qty  int
}

type Code uint8

func main() {
	ints := []int{65, 66, 9731}
	strs := []string{"a", "bc"}
	fmt.Printf("%s\n", ints)
	fmt.Printf("%d\n", strs)
	fmt.Printf("%c %U %q\n", ints, ints, ints)
	fmt.Printf("%t\n", []bool{true})
	fmt.Printf("%x %X\n", Item{"hi", 255}, []Item{{"a", 10}})
	fmt.Printf("%s\n", Item{"hi", 3})
	fmt.Printf("%q\n", Item{"hi", 3})
	fmt.Printf("%-8q|%8q|\n", strs, strs)
	fmt.Printf("%#x %# x %X\n", []byte("ab"), []byte("ab"), "hi")
	fmt.Printf("%#q %+q\n", []string{"`x`", "é"}, []string{"é"})
	fmt.Printf("%v %s %q\n", [][]byte{[]byte("hi"), nil}, [][]byte{[]byte("hi")}, [][]byte{[]byte("yo")})
	fmt.Printf("%v %d %x\n", [2]Code{1, 255}, []Code{7}, []Code{10, 11})
	fmt.Printf("%05d|%-6x|%+d\n", [2]int{-3, 4}, []int{255}, Item{"z", 1})
	fmt.Printf("%3c|%-4c|\n", []rune("ab"), []byte("cd"))
	fmt.Printf("%v|%6.2s|%.1q\n", strs, strs, strs)
	fmt.Printf("%08.3d|% d\n", []int{5, -5}, []int{1, -1})
	fmt.Printf("%v %v\n", struct{}{}, []struct{}{{}, {}})
	fmt.Printf("%d %s\n", &Item{"p", 2}, &[]string{"q"})
	fmt.Printf("%x\n", [][]int{{1, 2}, {255}})
	fmt.Printf("%v\n", [3][]Item{{{"a", 1}}, nil, {}})
	fmt.Printf("%+v\n", []*Item{nil})
	fmt.Println(fmt.Sprintf("%5v|%-5v|", Item{"a", 1}, []int{1}))
	fmt.Printf("%v %v\n", Item{"x", 1}, "extra", 5)
	fmt.Printf("%v %v %v\n", Item{"y", 2})
	fmt.Printf("%!\n")
}
