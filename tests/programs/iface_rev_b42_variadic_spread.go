package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

func main() {
	base := errors.New("base")
	args := []any{1, "two", base, nil}
	fmt.Println(args...)
	fmt.Print(args...)
	fmt.Println()
	fmt.Printf("%d %s %v %v\n", args...)
	n, err := fmt.Fprintln(os.Stdout, args...)
	fmt.Println(n, err)
	e := fmt.Errorf("%d %s %w %v", args...)
	fmt.Println(e, errors.Is(e, base), errors.Unwrap(e) == base)
	s := fmt.Sprint(args...)
	fmt.Println(s, fmt.Sprintln(args...) == s+"\n")
	fmt.Fprintf(os.Stdout, "%s\n", "via value")
	var w io.Writer = os.Stderr
	fmt.Fprint(w, "stderr via value\n")
	fmt.Println(fmt.Errorf("%w!", base))
	io.WriteString(os.Stdout, "ws value\n")
	fmt.Println(fmt.Sprint(), fmt.Sprintln() == "\n", fmt.Sprintf("") == "")
	var empty []any
	fmt.Println(empty...)
	fmt.Printf("%v\n", empty...)
}
