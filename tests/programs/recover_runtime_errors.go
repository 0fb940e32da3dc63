package main

import "fmt"

type T struct{ N int }

func catch(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name+":", r)
			fmt.Printf("  %%v: %v\n", r)
		}
	}()
	f()
}

func idx(s []int, i int) int { return s[i] }

func main() {
	catch("index", func() {
		s := []int{1, 2, 3}
		fmt.Println(idx(s, 5))
	})
	catch("index negative", func() {
		s := []int{1, 2, 3}
		i := -1
		fmt.Println(s[i])
	})
	catch("array index", func() {
		var a [4]int
		i := 4
		a[i] = 1
	})
	catch("string index", func() {
		s := "abc"
		i := 10
		fmt.Println(s[i])
	})
	catch("slice bounds", func() {
		s := make([]int, 3, 5)
		j := 7
		fmt.Println(s[:j])
	})
	catch("slice inverted", func() {
		s := []int{1, 2, 3}
		i, j := 2, 1
		fmt.Println(s[i:j])
	})
	catch("nil map write", func() {
		var m map[string]int
		fmt.Println("read ok:", m["x"], len(m))
		m["x"] = 1
	})
	catch("nil map incr", func() {
		var m map[int]int
		m[3]++
	})
	catch("nil pointer", func() {
		var p *T
		fmt.Println(p.N)
	})
	catch("nil pointer write", func() {
		var p *T
		p.N = 5
	})
	catch("nil int pointer", func() {
		var p *int
		*p = 1
	})
	catch("divide by zero", func() {
		a, b := 10, 0
		fmt.Println(a / b)
	})
	catch("modulo by zero", func() {
		a, b := 10, 0
		fmt.Println(a % b)
	})
	catch("nil func call", func() {
		var f func()
		f()
	})
	catch("make negative", func() {
		n := -1
		_ = make([]int, n)
	})
	catch("negative shift", func() {
		s := -2
		fmt.Println(1 << s)
	})

	// Code after the recovered call keeps running, and state is consistent.
	count := 0
	for i := range 5 {
		catch(fmt.Sprint("loop ", i), func() {
			count++
			xs := []int{0, 1, 2}
			_ = xs[i]
			count += 10
		})
	}
	fmt.Println("count:", count)
}
