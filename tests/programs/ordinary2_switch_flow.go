package main

import "fmt"

func grade(score int) string {
	switch s := score / 10; s {
	case 10, 9:
		return "A"
	case 8:
		return "B"
	case 7:
		return "C"
	case 6:
		return "D"
	default:
		return "F"
	}
}

func describe(n int) []string {
	var out []string
	switch {
	case n > 100:
		out = append(out, "big")
		fallthrough
	case n > 10:
		out = append(out, "medium+")
		fallthrough
	case n > 0:
		out = append(out, "positive")
	case n == 0:
		out = append(out, "zero")
	default:
		out = append(out, "negative")
	}
	return out
}

func daysOff(day string) (off bool) {
	switch day {
	case "Sat", "Sun":
		off = true
	case "Fri":
		fmt.Print("(half) ")
	}
	return
}

func main() {
	for _, s := range []int{100, 95, 87, 70, 65, 12, 0} {
		fmt.Print(s, "=", grade(s), " ")
	}
	fmt.Println()
	for _, n := range []int{500, 50, 5, 0, -5} {
		fmt.Println(n, describe(n))
	}
	for _, d := range []string{"Mon", "Fri", "Sat", "Sun"} {
		fmt.Println(d, daysOff(d))
	}
	x := 3
	switch x {
	case 1:
		fmt.Println("one")
	case 3:
		fmt.Println("three")
		if x > 2 {
			break
		}
		fmt.Println("unreachable")
	}
loop:
	for i := 0; ; i++ {
		switch {
		case i%2 == 0:
			continue
		case i > 7:
			break loop
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	switch c := 'k'; {
	case c >= 'a' && c <= 'm':
		fmt.Println("first half", string(c))
	default:
		fmt.Println("second half")
	}
}
