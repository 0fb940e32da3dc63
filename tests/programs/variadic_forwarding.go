package main

import "fmt"

var logLines []string

func logf(format string, args ...any) {
	logLines = append(logLines, fmt.Sprintf(format, args...))
}

func tagged(tag string, args ...any) {
	all := append([]any{"[" + tag + "]"}, args...)
	fmt.Println(all...)
}

func wrap(inner func(...int) int) func(...int) int {
	return func(xs ...int) int {
		fmt.Println("calling with", len(xs), "args")
		return inner(xs...)
	}
}

func total(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func pairs(kv ...string) map[string]string {
	m := map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return m
}

type Logger struct {
	prefix string
	lines  int
}

func (l *Logger) Printf(format string, args ...any) {
	l.lines++
	fmt.Printf(l.prefix+format+"\n", args...)
}

func describe(args ...any) string {
	return fmt.Sprintf("%d args: %v", len(args), args)
}

func main() {
	logf("start")
	logf("%d + %d = %d", 2, 3, 5)
	logf("%s/%s", "a", "b")
	for i, l := range logLines {
		fmt.Println(i, l)
	}

	tagged("info", "x", 1, true)
	tagged("empty")

	w := wrap(total)
	fmt.Println(w(1, 2, 3))
	fmt.Println(w())
	nums := []int{9, 9}
	fmt.Println(w(nums...))

	fmt.Println(pairs("a", "1", "b", "2", "dangling"))

	l := &Logger{prefix: "> "}
	l.Printf("hello %s", "world")
	l.Printf("no args")
	l.Printf("%d-%d", 1, 2)
	pf := l.Printf
	pf("via method value %v", []int{1})
	fmt.Println("lines:", l.lines)

	fmt.Println(describe())
	fmt.Println(describe(nil))
	fmt.Println(describe(1, "two", []int{3}))
	items := []any{"p", 'q', 7}
	fmt.Println(describe(items...))
	fmt.Println(describe(items))

	fmt.Print("a", "b", 1, 2, "c\n")
	fmt.Println(fmt.Sprint(), fmt.Sprintln("x", 1) == "x 1\n")
}
