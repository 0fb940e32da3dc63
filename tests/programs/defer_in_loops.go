package main

import "fmt"

func loopDefers(n int) {
	for i := 0; i < n; i++ {
		defer fmt.Println("deferred i =", i)
	}
	fmt.Println("loop finished")
}

func closureDefers() {
	for i := range 3 {
		defer func() { fmt.Println("closure i =", i) }()
	}
}

func perIterationScope(items []string) {
	for _, it := range items {
		func() {
			defer fmt.Println("  release", it)
			fmt.Println("  acquire", it)
		}()
	}
}

func countDefers(n int) (runs int) {
	for i := 0; i < n; i++ {
		defer func() { runs++ }()
	}
	return 0
}

func sumDefers(xs []int) (total int) {
	for _, x := range xs {
		defer func(v int) { total += v }(x)
	}
	return 1000
}

func breakInLoop() {
	for i := 0; ; i++ {
		if i == 3 {
			break
		}
		defer fmt.Println("registered before break", i)
	}
	fmt.Println("after loop")
}

func nestedLoops() {
	var order []string
	defer func() { fmt.Println(order) }()
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			defer func() { order = append(order, fmt.Sprintf("%d%d", i, j)) }()
		}
	}
}

func main() {
	loopDefers(4)
	closureDefers()
	perIterationScope([]string{"a", "b", "c"})
	fmt.Println("countDefers:", countDefers(7))
	fmt.Println("sumDefers:", sumDefers([]int{1, 2, 3, 4}))
	breakInLoop()
	nestedLoops()
	for i := 0; i < 100; i++ {
		func() {
			defer func() {
				if i%25 == 0 {
					fmt.Println("checkpoint", i)
				}
			}()
		}()
	}
	fmt.Println("many:", countDefers(1000))
}
