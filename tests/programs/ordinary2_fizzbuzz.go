package main

import (
	"fmt"
	"strconv"
	"strings"
)

type rule struct {
	div  int
	word string
}

func fizz(n int, rules []rule) string {
	out := ""
	for _, r := range rules {
		if n%r.div == 0 {
			out += r.word
		}
	}
	if out == "" {
		return strconv.Itoa(n)
	}
	return out
}

func main() {
	classic := []rule{{3, "Fizz"}, {5, "Buzz"}}
	var parts []string
	for i := 1; i <= 20; i++ {
		parts = append(parts, fizz(i, classic))
	}
	fmt.Println(strings.Join(parts, " "))
	fmt.Println(len(parts), cap(parts))

	extended := append(classic, rule{7, "Bazz"})
	for i := 100; i <= 110; i++ {
		fmt.Printf("%d:%s ", i, fizz(i, extended))
	}
	fmt.Println()
	counts := map[string]int{}
	for i := 1; i <= 105; i++ {
		s := fizz(i, extended)
		if _, err := strconv.Atoi(s); err != nil {
			counts[s]++
		}
	}
	fmt.Println(counts)
	i := 0
loop:
	i++
	switch {
	case i%15 == 0:
		fmt.Println("FizzBuzz")
	case i%3 == 0:
		fmt.Print("Fizz,")
	case i%5 == 0:
		fmt.Print("Buzz,")
	default:
		fmt.Print(i, ",")
	}
	if i < 15 {
		goto loop
	}
}
