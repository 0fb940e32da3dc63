package main

import "fmt"

func main() {
	var x any = 5
	fmt.Println(len(x.([4]int)), cap(x.([2]int)))
	var p *[4]int
	fmt.Println(len(p), len(*p), cap(*p))
	var a [2][3]int
	i := 5
	fmt.Println(len(a[i]))
	b, z := 1, 0
	fmt.Println(len([1]int{b / z}))
	var s []int
	fmt.Println(len([2]int(s[:0:0][:0])), len([3]int{s[i]}))
}
