// Growing a slice in a loop and watching capacity change
package main

import "fmt"

func main() {
	var nums []int
	prevCap := -1
	for i := 0; i < 2000; i++ {
		nums = append(nums, i)
		if cap(nums) != prevCap {
			fmt.Printf("len=%-5d cap=%-5d\n", len(nums), cap(nums))
			prevCap = cap(nums)
		}
	}

	var words []string
	for i := 0; i < 20; i++ {
		words = append(words, fmt.Sprintf("w%d", i))
	}
	fmt.Println(len(words), cap(words))

	bs := []byte{}
	for i := 0; i < 100; i++ {
		bs = append(bs, byte('a'+i%26))
	}
	fmt.Println(len(bs), cap(bs), string(bs[:26]))

	type point struct{ x, y int }
	var pts []point
	for i := 0; i < 10; i++ {
		pts = append(pts, point{i, i * i})
	}
	fmt.Println(len(pts), cap(pts), pts[9])
}
