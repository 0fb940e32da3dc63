// probes: the same helper inlined at twelve sites in one function; each result independent
package main

import "fmt"

func one(x int) []int {
	var s []int
	return append(s, x*x)
}

func main() {
	r0 := one(0)
	r1 := one(1)
	r2 := one(2)
	r3 := one(3)
	r4 := one(4)
	r5 := one(5)
	r6 := one(6)
	r7 := one(7)
	r8 := one(8)
	r9 := one(9)
	r10 := one(10)
	r11 := one(11)
	r0[0] = -1
	fmt.Println(r0[0], r1[0], r2[0], r3[0], r4[0], r5[0], r6[0], r7[0], r8[0], r9[0], r10[0], r11[0])
}
