package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func joinWith(sep string, parts ...string) string {
	fmt.Printf("  joinWith got %d parts (nil=%t)\n", len(parts), parts == nil)
	return strings.Join(parts, sep)
}

func avg(first float64, rest ...float64) float64 {
	total := first
	for _, r := range rest {
		total += r
	}
	return total / float64(1+len(rest))
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 999
	}
}

func logf(level string, format string, args ...any) {
	fmt.Printf("[%s] "+format+"\n", append([]any{level}, args...)...)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...))
	fmt.Println(joinWith("-"))
	fmt.Println(joinWith("-", "a", "b"))
	parts := []string{"x", "y", "z"}
	fmt.Println(joinWith("/", parts...))
	fmt.Println(avg(1), avg(1, 2, 3, 4))
	modify(s...)
	fmt.Println(s)
	modify(1, 2)
	logf("INFO", "%d items, %s", 3, "ok")
	logf("WARN", "no args")
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil))
	fmt.Println(fmt.Sprintln("a", 1, true))
	vals := []any{1, "two", 3.0, []int{4}}
	fmt.Println(vals...)
	fmt.Println(max(3, 9, 2), min(2.5, 1.5, 8), min("b", "a", "c"))
}
