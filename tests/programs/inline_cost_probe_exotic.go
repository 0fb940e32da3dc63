package main

var sink int

func x1(x int) int   { return +x }
func x2(x int) int   { return -x }
func x3(x int) int   { return ^x }
func x4(b bool) bool { return !b }
func x5(x int) int   { return - -x }
func x6(x int) int   { { { x++ } }; return x }
func x7(x int) int {
	switch x {
	case 1:
		x++
		fallthrough
	case 2:
		x++
		fallthrough
	case 3:
		x++
		fallthrough
	default:
		x++
	}
	return x
}
func x8(x int) int {
	f := func() int { return x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x }
	_ = f
	return x
}
func x9(x int) int {
	return func() int {
		return x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x
	}()
}
func x10(x int) int {
L1:
	for {
	L2:
		for {
			if x > 0 {
				break L2
			}
			continue L1
		}
		break
	}
	return x
}
func x11(x int) int { ;;; return x }
func x12(x int) int {
	goto A
A:
	goto B
B:
	return x
}
func x13(x int) (r int) { defer func() {}(); r = x; return }
func x14(x int) int     { go func() {}(); return x }
func x15(x int) int     { const c = 5; type T int; var t T = T(x) + c; return int(t) }
func x16(x int) int     { var a, b int = x, x; return a + b }
func x17(x int) int     { var ( a = x; b = a ); return b }
func x18(x int) int     { var y int; return y + x }
func x19(x int) int     { if v := x; v > 0 { return v }; return 0 }
func x20(p *int) bool   { return p == nil || *p == 0 }
func x21(x, y int) bool { return x == 1 || x == 2 || x == 3 || y == 4 }
func x22(x int) int     { if x > 0 { x = 1 } else if x < 0 { x = -1 } else { x = 0 }; return x }
func x23(x int) int     { for i := 0; i < 3; i++ { x += i }; return x }
func x24(x int) int     { for x > 0 { x >>= 1 }; return x }
func x25(x uint) uint   { return x << 3 >> 1 }
func x26(x int) int     { return x &^ 5 }
func x27(x int) int     { y := x; y++; y--; return y }

func main() {
	sink = x1(1) + x2(1) + x3(1) + x5(1) + x6(1) + x7(1) + x8(1) + x9(1) + x10(1) + x11(1) + x12(1) + x13(1) + x14(1) + x15(1) + x16(1) + x17(1) + x18(1) + x19(1)
	_ = x4(true) || x20(nil) || x21(1, 2)
	sink += x22(1) + x23(1) + x24(1) + int(x25(1)) + x26(1) + x27(1)
}
