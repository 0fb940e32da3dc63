package main

import (
	"fmt"
	"os"
	"strconv"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type ParseErr struct{ Line int }

func (e *ParseErr) Error() string { return "bad line " + strconv.Itoa(e.Line) }

func parse(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, &ParseErr{Line: 1}
	}
	return n, nil
}

func main() {
	fmt.Println(Temp(21.5))
	n, err := parse("x")
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
	}
	switch v := any(n).(type) {
	case int:
		fmt.Println("int", v)
	case string:
		fmt.Println("string", v)
	}
}
