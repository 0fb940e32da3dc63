package main

import "fmt"

type Calc struct {
	ops   int
	fails int
}

// work recovers only to count the failure, then re-panics with the same value.
func (c *Calc) work(a, n int) int {
	c.ops++
	defer func() {
		if r := recover(); r != nil {
			c.fails++
			fmt.Println("work saw:", r)
			panic(r)
		}
	}()
	return a / n
}

// safe recovers the re-panicked value for good.
func (c *Calc) safe(a, n int) (q int, failed bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("safe caught:", r)
			q, failed = 0, true
		}
	}()
	return c.work(a, n), false
}

func main() {
	c := &Calc{}
	pairs := [][2]int{{100, 4}, {9, 0}, {-7, 2}, {5, 0}}
	for _, p := range pairs {
		q, failed := c.safe(p[0], p[1])
		fmt.Printf("%d / %d = %d (failed=%t)\n", p[0], p[1], q, failed)
	}
	fmt.Printf("ops=%d fails=%d\n", c.ops, c.fails)

	defer fmt.Println("main defer runs before the crash report")
	fmt.Println(c.work(1, 1))
	fmt.Println(c.work(1, 0))
	fmt.Println("never")
}
