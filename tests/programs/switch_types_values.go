package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	}
	return "F"
}

func main() {
	for s := 65; s <= 100; s += 7 {
		fmt.Print(grade(s))
	}
	fmt.Println()
	c := byte('x')
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	case 'x':
		fmt.Println("ex")
	}
	switch str := "b"; str {
	case "a":
	case "b":
		fmt.Println("bee")
	}
}
