package main

import "fmt"

type Point struct{ X, Y, Z float64 }

type Big struct {
	Name string
	Data [5]int
}

func main() {
	var ints []int
	last := -1
	for i := 0; i < 2000; i++ {
		ints = append(ints, i)
		if cap(ints) != last {
			fmt.Printf("int len=%d cap=%d\n", len(ints), cap(ints))
			last = cap(ints)
		}
	}
	var bs []byte
	last = -1
	for i := 0; i < 300; i++ {
		bs = append(bs, byte(i))
		if cap(bs) != last {
			fmt.Printf("byte len=%d cap=%d\n", len(bs), cap(bs))
			last = cap(bs)
		}
	}
	var strs []string
	last = -1
	for i := 0; i < 100; i++ {
		strs = append(strs, "x")
		if cap(strs) != last {
			fmt.Printf("string len=%d cap=%d\n", len(strs), cap(strs))
			last = cap(strs)
		}
	}
	var pts []Point
	last = -1
	for i := 0; i < 60; i++ {
		pts = append(pts, Point{})
		if cap(pts) != last {
			fmt.Printf("point len=%d cap=%d\n", len(pts), cap(pts))
			last = cap(pts)
		}
	}
	var bigs []Big
	last = -1
	for i := 0; i < 40; i++ {
		bigs = append(bigs, Big{})
		if cap(bigs) != last {
			fmt.Printf("big len=%d cap=%d\n", len(bigs), cap(bigs))
			last = cap(bigs)
		}
	}
	s := append([]int{1, 2, 3}, 4, 5, 6, 7)
	fmt.Println(len(s), cap(s))
	s2 := append([]byte("hello"), " world"...)
	fmt.Println(string(s2), len(s2), cap(s2))
	s3 := append(make([]int, 0, 5), make([]int, 11)...)
	fmt.Println(len(s3), cap(s3))
	s4 := append([]int32(nil), 1)
	fmt.Println(len(s4), cap(s4))
	r := []rune("héllo")
	fmt.Println(len(r), cap(r))
}
