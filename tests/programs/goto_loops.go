package main

import "fmt"

// sumTo adds 1..n with a loop made of goto.
func sumTo(n int) int {
	i, sum := 1, 0
loop:
	if i > n {
		return sum
	}
	sum += i
	i++
	goto loop
}

// gcd by repeated subtraction, written with labels.
func gcd(a, b int) int {
top:
	if a == b {
		return a
	}
	if a > b {
		a -= b
		goto top
	}
	b -= a
	goto top
}

func bubbleSort(xs []int) {
	var i int
	var swapped bool
again:
	swapped = false
	i = 1
inner:
	if i < len(xs) {
		if xs[i-1] > xs[i] {
			xs[i-1], xs[i] = xs[i], xs[i-1]
			swapped = true
		}
		i++
		goto inner
	}
	if swapped {
		goto again
	}
}

func main() {
	fmt.Println(sumTo(10), sumTo(100), sumTo(0))
	fmt.Println(gcd(48, 18), gcd(17, 5), gcd(100, 75))

	xs := []int{5, 2, 9, 1, 5, 6, -3}
	bubbleSort(xs)
	fmt.Println(xs)

	// A goto loop inside a for loop, jumping backwards within the body.
	for row := 1; row <= 4; row++ {
		col := 1
	print:
		fmt.Print(row*col, "\t")
		col++
		if col <= row {
			goto print
		}
		fmt.Println()
	}

	// Countdown with a float step.
	x := 1.0
	steps := 0
down:
	x -= 0.125
	steps++
	if x > 0 {
		goto down
	}
	fmt.Println("steps", steps, "x", x)

	// goto jumps out of nested loops.
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if i*j == 6 {
				fmt.Println("found", i, j)
				goto done
			}
		}
	}
	fmt.Println("not found")
done:
	fmt.Println("end")
}
