package main

var sink int

const Debug = false
const On = true

func b1(x int) int   { if Debug && x > 0 { x = x * x * x * x }; return x }
func b2(x int) int   { if x > 0 && Debug { x = x * x * x * x }; return x }
func b3(x int) int   { if On && x > 0 { x++ }; return x }
func b4(x int) int   { if Debug || x > 0 { x++ }; return x }
func b5(x int) int   { if x > 0 || On { return x }; x = x * x * x * x; return x }
func b6(x int) int   { if x > 0 || On { return x }; return x * x * x * x * x }
func b7(x int) int   { if x > 0 && Debug { return x * x * x } else { return x } }
func b8(x int) int   { for On && x < 10 { x++ }; return x }
func b9(x int) int   { for x < 10 && Debug { x = x * x * x * x }; return x }
func b10(x int) int  { if x > 0 && x < 9 && Debug { x = x * x * x * x }; return x }
func b11(x int) int  { if Debug && (x > 0 || x < -5) { x = x * x * x * x }; return x }
func b12(x int) int  { if On && On && x > 0 { x++ }; return x }
func b13(x bool) int { if x == true && false { return 7 * 7 }; return 1 }
func b14(x int) bool { return x > 0 && Debug }
func b15(x int) int {
	if x > 0 && Debug {
		return 1
	} else if x < 0 || On {
		return 2
	}
	return x * x * x * x * x
}
func b16(x int) int {
	if x > 0 || On {
		goto L
	}
	x = x * x * x * x * x
L:
	return x
}
func b17(x int) int {
	switch {
	case x > 0 && Debug:
		return x * x * x * x
	}
	return x
}
func b18(x int) int  { if v := x * 2; v > 0 && Debug { x = x * x * x * x }; return x }
func b19(x int) int  { if x > 0 && Debug { panic(x) }; return x }
func b20(x int) int  { if (x > 0 && Debug) { x = x * x * x * x }; return x }

func main() {
	defer func() {}()
	sink = b1(1) + b2(1) + b3(1) + b4(1) + b5(1) + b6(1) + b7(1) + b8(1) + b9(1) + b10(1) + b11(1) + b12(1) + b13(true)
	_ = b14(1)
	sink += b15(1) + b16(1) + b17(1) + b18(1) + b19(1) + b20(1)
}
