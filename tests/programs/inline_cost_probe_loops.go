package main

import "iter"

var sink int

func r1(s []int) int             { n := 0; for _, v := range s { n += v }; return n }
func r2(s []int) int             { n := 0; for i := range s { n += i }; return n }
func r3(a [4]int) int            { n := 0; for _, v := range a { n += v }; return n }
func r4(p *[4]int) int           { n := 0; for i := range p { n += i }; return n }
func r5(s string) int            { n := 0; for _, c := range s { n += int(c) }; return n }
func r6(m map[int]int) int       { n := 0; for k, v := range m { n += k + v }; return n }
func r7(c chan int) int          { n := 0; for v := range c { n += v }; return n }
func r8(x int) int               { n := 0; for i := range x { n += i }; return n }
func r9() int                    { n := 0; for i := range 10 { n += i }; return n }
func r10(s []int) int            { n := 0; for range s { n++ }; return n }
func r11(a [4]int) int           { n := 0; for range a { n++ }; return n }
func r12(a [4]int) int           { n := 0; for i := range a { n += i }; return n }
func r13(s []int) int            { n := 0; for i := 0; i < len(s); i++ { n += s[i] }; return n }
func r14(n int) int              { i := 0; for i < n { i += 2 }; return i }
func r15(s [][]int) int {
	n := 0
outer:
	for _, r := range s {
		for _, v := range r {
			if v < 0 {
				continue outer
			}
			if v > 100 {
				break outer
			}
			n += v
		}
	}
	return n
}
func r16(n int) int {
	i := 0
L:
	if i < n {
		i++
		goto L
	}
	return i
}
func r17(seq iter.Seq[int]) int  { n := 0; for v := range seq { n += v }; return n }
func r18(a *[4]int) int          { n := 0; for range a { n++ }; return n }
func r19(s struct{ a [3]int }) int { n := 0; for i := range s.a { n += i }; return n }
func r20(x, y int) int           { for x < y { x++ }; return x }
func r21(s []int) int            { var i, v int; for i, v = range s { }; return i + v }
func r22(s []int) (n int)        { for i := range len(s) { n += s[i] }; return }

func main() {
	defer func() {}()
	s := []int{1}
	var a [4]int
	sink = r1(s) + r2(s) + r3(a) + r4(&a) + r5("") + r6(nil) + r7(nil) + r8(3) + r9() + r10(s) + r11(a) + r12(a) + r13(s) + r14(3) + r15(nil) + r16(3)
	sink += r17(func(y func(int) bool) {}) + r18(&a) + r19(struct{ a [3]int }{}) + r20(1, 2) + r21(s) + r22(s)
}
