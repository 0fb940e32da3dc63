package main

import "fmt"

func main() {
	// Go 1.22: each iteration of a 3-clause loop has its own i.
	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Range loops: per-iteration index and value.
	words := []string{"x", "y", "z"}
	var gs []func() string
	for i, w := range words {
		gs = append(gs, func() string { return fmt.Sprint(i, w) })
	}
	for _, g := range gs {
		fmt.Print(g(), ";")
	}
	fmt.Println()

	// Modifying the loop variable inside the body affects the next iteration's copy.
	var hs []func() int
	for i := 0; i < 10; i++ {
		hs = append(hs, func() int { return i })
		i += 2
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()

	// A closure that increments its captured per-iteration variable.
	var incs []func() int
	for i := 0; i < 3; i++ {
		incs = append(incs, func() int {
			i += 100
			return i
		})
	}
	fmt.Println(incs[0](), incs[0](), incs[1](), incs[2]())

	// Range over an integer.
	var ks []func() int
	for k := range 5 {
		ks = append(ks, func() int { return k * k })
	}
	for _, f := range ks {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// A variable declared outside the loop is shared.
	var shared []func() int
	j := 0
	for j = 0; j < 3; j++ {
		shared = append(shared, func() int { return j })
	}
	for _, f := range shared {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Pointers to the loop variable are distinct per iteration.
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] != ptrs[1])

	// Range over a string captures runes.
	var rs []func() rune
	for _, r := range "héllo" {
		rs = append(rs, func() rune { return r })
	}
	for _, f := range rs {
		fmt.Printf("%c", f())
	}
	fmt.Println()

	// Range over an array captures a copy of each element.
	arr := [3]int{7, 8, 9}
	var as []func() int
	for _, v := range arr {
		as = append(as, func() int { return v })
	}
	arr[0] = 100
	fmt.Println(as[0](), as[1](), as[2](), arr)
}
