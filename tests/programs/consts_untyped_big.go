package main

import "fmt"

const big = 1 << 100
const huge = big * big
const back = huge >> 190

func main() {
	fmt.Println(big>>98, back, huge/big/big)
	const neg = -big
	fmt.Println(neg >> 99)
	var i int64 = big >> 40
	fmt.Println(i)
	const s = "con" + "cat"
	fmt.Println(s, len(s))
	const r = 'a' + 1
	fmt.Println(r, string(r))
	const t = 10 > 3 && "a" < "b"
	fmt.Println(t)
}
