package main

var sink int
var g bool

func sb1(x bool, a, b int) int { if x && false { return a * b * a * b }; return a }
func sb2(x bool, a, b int) int { if false && x { return a * b * a * b }; return a }
func sb3(x bool, a, b int) int { if x || true { return a }; return a * b * a * b }
func sb4(x bool, a, b int) int { if true || x { return a }; return a * b * a * b }
func sb5(x bool, a, b int) int { if !(x && false) { return a * b * a * b }; return a }
func sb6(x bool, a, b int) int { if x && false { return a * b * a * b } else { return a } }
func sb7(x bool, a, b int) int { for x && false { a = a * b * a * b }; return a }
func sb8(x bool, a, b int) int { for i := 0; false; i++ { a = a * b * a * b }; return a }
func sb9(x, y bool, a, b int) int { if (x || y) && false { return a * b * a * b }; return a }
func sb10(x, y bool, a, b int) int { if x && (y && false) { return a * b * a * b }; return a }
func sb11(x bool, a, b int) int { if true && x { return a * b * a * b }; return a }
func sb12(x bool, a, b int) int { if x || false { return a * b * a * b }; return a }
func sb13(x bool, a, b int) int { if !x || true { return a }; return a * b * a * b }
func sb14(x bool, a, b int) int { if !(!x && false) { return a * b }; return a * b * a * b }
func sb15(a, b int) int { if g && false { a = a * b * a * b }; return a }

func main() {
	sink = sb1(true, 1, 2) + sb2(true, 1, 2) + sb3(true, 1, 2) + sb4(true, 1, 2) + sb5(true, 1, 2) + sb6(true, 1, 2)
	sink += sb7(true, 1, 2) + sb8(true, 1, 2) + sb9(true, true, 1, 2) + sb10(true, true, 1, 2) + sb11(true, 1, 2)
	sink += sb12(true, 1, 2) + sb13(true, 1, 2) + sb14(true, 1, 2) + sb15(1, 2)
	println(sb5(true, 3, 4))
}
