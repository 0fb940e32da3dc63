package main

var sink int

const K = 3

func w1(a, b int) int {
	switch K {
	case 3:
		return a
	case a:
		return a * b * a * b
	}
	return b * a * b * a
}
func w2(a, b int) int {
	switch K {
	case 1:
		return a * a * a
	case a:
		return a * b * a * b
	case 3:
		return b
	}
	return b
}
func w3(a, b int) int {
	switch K {
	case 1:
		return a * b * a * b
	default:
		return a
	}
}
func w4(a, b int) int {
	switch K {
	case 1:
		a = a * b * a * b
	}
	return a
}
func w5(a, b int) int {
	switch {
	case a > 0:
		return a
	case true:
		return b
	}
	return b * a * b * a
}
func w6(a, b int) int {
	switch {
	case false:
		return a * b * a * b
	case a > 0:
		return a
	}
	return b
}
func w7(a, b int) int {
	switch K {
	default:
		return a * b * a * b
	case 3:
		return a
	}
}
func w8(a, b int) int {
	switch x := a; K {
	case 3:
		return x
	}
	return a * b * a * b
}
func w9(a, b int) int {
	switch K {
	case 2, 3, 4:
		return a
	case 5, 6:
		return a * b * a * b
	}
	return b
}
func w10(a, b int) int {
	switch K {
	case 3:
		return a
	case 3 + 1:
		return b * a * b
	default:
		return a * b * a * b
	}
}
func w11(s string) int {
	switch "x" {
	case "x":
		return len(s)
	case s:
		return 2 * len(s) * len(s)
	}
	return 0
}
func w12(a, b int) int {
	switch true {
	case a > 0:
		return a
	case true:
		return b * a * b * a
	}
	return b
}
func w13(a, b int) int {
	switch K {
	case 3:
		if a > 0 {
			break
		}
		return a * b * a * b
	}
	return a
}
func w14(a, b int) int {
	for i := 0; i < a; i++ {
		switch K {
		case 3:
			continue
		case 4:
			return a * b * a * b
		}
	}
	return a
}

func main() {
	defer func() {}()
	sink = w1(1, 2) + w2(1, 2) + w3(1, 2) + w4(1, 2) + w5(1, 2) + w6(1, 2) + w7(1, 2) + w8(1, 2) + w9(1, 2) + w10(1, 2) + w11("") + w12(1, 2) + w13(1, 2) + w14(1, 2)
}
