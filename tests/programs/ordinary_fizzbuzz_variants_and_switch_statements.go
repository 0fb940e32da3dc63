// FizzBuzz variants and switch statements
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func fizzbuzz(n int) string {
	switch {
	case n%15 == 0:
		return "FizzBuzz"
	case n%3 == 0:
		return "Fizz"
	case n%5 == 0:
		return "Buzz"
	default:
		return strconv.Itoa(n)
	}
}

func classify(day string) string {
	switch strings.ToLower(day) {
	case "saturday", "sunday":
		return "weekend"
	case "monday":
		fallthrough
	case "tuesday", "wednesday", "thursday", "friday":
		return "weekday"
	}
	return "unknown"
}

func main() {
	var out []string
	for i := 1; i <= 30; i++ {
		out = append(out, fizzbuzz(i))
	}
	fmt.Println(strings.Join(out, " "))

	for _, d := range []string{"Monday", "SUNDAY", "Funday"} {
		fmt.Printf("%s is a %s\n", d, classify(d))
	}
	for i := 0; i < 6; i++ {
		switch i {
		case 0:
			fmt.Println("zero")
		case 1, 2, 3:
			fmt.Println("small", i)
		default:
			fmt.Println("big", i)
		}
	}
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
}
