package main

import "fmt"

// tokenize splits arithmetic input into numbers and operators using a state
// machine whose states are labels.
func tokenize(src string) []string {
	var toks []string
	i := 0
	start := 0
	goto idle

idle:
	if i >= len(src) {
		goto end
	}
	switch c := src[i]; {
	case c == ' ':
		i++
		goto idle
	case c >= '0' && c <= '9' || c == '.':
		start = i
		goto number
	default:
		toks = append(toks, string(c))
		i++
		goto idle
	}

number:
	i++
	if i < len(src) && (src[i] >= '0' && src[i] <= '9' || src[i] == '.') {
		goto number
	}
	toks = append(toks, src[start:i])
	goto idle

end:
	return toks
}

// eval computes a left-to-right sum and difference of integer tokens.
func eval(toks []string) int {
	total, sign, k := 0, 1, 0
next:
	if k == len(toks) {
		return total
	}
	{
		t := toks[k]
		k++
		switch t {
		case "+":
			sign = 1
		case "-":
			sign = -1
		default:
			n := 0
			for _, ch := range t {
				n = n*10 + int(ch-'0')
			}
			total += sign * n
		}
	}
	goto next
}

func main() {
	inputs := []string{"1 + 2", "12.5*(3-1)", "  42 ", "", "7 - 10 + 100"}
	for _, in := range inputs {
		toks := tokenize(in)
		fmt.Printf("%q -> %q (%d tokens)\n", in, toks, len(toks))
	}
	fmt.Println(eval(tokenize("1 + 2")), eval(tokenize("7 - 10 + 100")), eval(nil))

	// A traffic light cycling through labeled states.
	ticks := 0
	var trace []string
green:
	trace = append(trace, "green")
	ticks += 3
	goto yellow
yellow:
	trace = append(trace, "yellow")
	ticks++
	if ticks > 12 {
		goto stop
	}
	goto red
red:
	trace = append(trace, "red")
	ticks += 2
	goto green
stop:
	fmt.Println(trace, ticks)
}
