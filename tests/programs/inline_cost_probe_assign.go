package main

var sink int

type S struct{ a, b int; arr [3]int; m map[int]int; s []int }

func two(x int) (int, int) { return x, x + 1 }
func three() (int, string, error) { return 1, "", nil }

func a1(x int) int               { a, b := two(x); return a + b }
func a2(x int) int               { var a, b int; a, b = two(x); return a + b }
func a3(x int) int               { _, b := two(x); return b }
func a4(x int) int               { _, _ = two(x); return x }
func a5(x int) (int, int)        { return two(x) }
func a6(x int) int               { var e error; var s string; _, s, e = three(); _ = e; return len(s) }
func a7(x int) int               { var i interface{}; var j any; i, j = two(x); _ = j; return i.(int) }
func a8(a, b int) (int, int)     { a, b = b, a; return a, b }
func a9(s *S) int                { s.a += 1; s.b++; s.arr[1] <<= 2; return s.a }
func a10(s *S, k int)            { s.m[k] += 1; s.m[k]++; s.s[k] |= 3 }
func a11(m map[string]int, k string) int { v, ok := m[k]; if ok { return v }; return 0 }
func a12(i any) int              { v, ok := i.(int); if !ok { return 0 }; return v }
func a13(c chan int) int         { v, ok := <-c; if ok { return v }; return 0 }
func a14(x int) int              { _ = x; return 1 }
func a15(x int) int              { var _ = x; return 1 }
func a16(x int) (r int)          { r = x * 2; return }
func a17(x int) (a, b int)       { a, b = two(x); return }
func a18(p *int, x int)          { *p += x; *p = *p * x }
func a19(s []int, i int)         { s[i] += s[i+1]; s[i]-- }
func a20(x int) int              { x += 3; x -= 1; x *= 2; x /= 3; x %= 5; x &= 7; x |= 1; x ^= 2; x &^= 4; x <<= 1; x >>= 1; return x }
func a21(s string, t string) string { s += t; return s }
func a22(x int) int              { var y = two; a, _ := y(x); return a }
func a23(m map[int]int) int      { a, b := m[1], m[2]; return a + b }
func a24(x int) int              { a, b, c := x, x+1, x+2; return a + b + c }
func a25(x int) (int, int)       { a, b := two(x); return b, a }

func main() {
	defer func() {}()
	s := &S{m: map[int]int{}, s: make([]int, 5)}
	b, c := a5(1)
	d, e := a8(1, 2)
	f, g := a17(3)
	h, i := a25(3)
	var p int
	sink = a1(1) + a2(1) + a3(1) + a4(1) + b + c + a6(1) + a7(1) + d + e + a9(s) + a11(nil, "") + a12(1) + a13(nil) + a14(1) + a15(1) + a16(1) + f + g + a20(1) + len(a21("", "")) + a22(1) + a23(nil) + a24(1) + h + i
	a10(s, 1)
	a18(&p, 1)
	a19(s.s, 0)
}
