package main

import "fmt"

type Logger struct {
	prefix string
	lines  int
}

func (l *Logger) Printf(format string, args ...any) {
	l.lines++
	fmt.Printf(l.prefix+format+"\n", args...)
}

func (l *Logger) Println(args ...any) {
	l.lines++
	all := append([]any{l.prefix}, args...)
	fmt.Println(all...)
}

func row(cols ...any) string {
	return fmt.Sprint(cols...)
}

func errorf(format string, args ...any) {
	fmt.Printf("error: "+format+"\n", args...)
}

func main() {
	xs := []any{1, "two", 3.5, true, nil, []int{4}, map[string]int{"five": 5}}
	fmt.Println(xs...)
	fmt.Println(xs)
	fmt.Print(xs...)
	fmt.Println()
	fmt.Printf("%v|%v|%v|%v|%v|%v|%v\n", xs...)
	fmt.Printf("%T %T %T %T %T %T %T\n", xs...)

	// Fewer arguments than verbs and more arguments than verbs.
	fmt.Printf("%d %d %d\n", xs[:1]...)
	fmt.Printf("%v\n", xs[:3]...)

	log := &Logger{prefix: "[app] "}
	log.Printf("started with %d workers at %.1f%% load", 4, 37.25)
	log.Printf("no arguments")
	log.Println("values:", 1.5, float32(2.5), -0.125)
	log.Println()
	fmt.Println("lines", log.lines)

	// Building argument lists at run time.
	var args []any
	format := ""
	for i, v := range []float64{1, 2.5, 1e-3, 1e21} {
		if i > 0 {
			format += ", "
		}
		format += "%g"
		args = append(args, v)
	}
	fmt.Printf(format+"\n", args...)
	fmt.Println(len(args), args)

	// Sprint adds spaces between operands when neither is a string.
	fmt.Printf("%q\n", row(1, 2, "a", "b", 3.5, 4.5, "c", 5))
	fmt.Printf("%q\n", fmt.Sprintln(xs[:3]...))
	errorf("file %q not found (code %d)", "x.txt", 404)
	errorf("%s: %v", "ratio", 2.0/3)

	// Widths and precisions from the argument list.
	spec := []any{8, 3, 3.14159, "|"}
	fmt.Printf("[%*.*f]%s\n", spec...)

	// A nil []any spreads to nothing.
	var none []any
	fmt.Println(none...)
	fmt.Printf("empty%s\n", none...)
}
