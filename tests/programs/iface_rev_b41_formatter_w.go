package main

import (
	"errors"
	"fmt"
)

type FE struct{ n int }

func (f FE) Error() string { return fmt.Sprint("FE", f.n) }
func (f FE) Format(s fmt.State, c rune) {
	fmt.Fprintf(s, "[%c %v %v %v]", c, s.Flag('+'), s.Flag('#'), f.n)
}

func main() {
	e := fmt.Errorf("a %w b %+w c %#w d %5w", FE{1}, FE{2}, FE{3}, FE{4})
	fmt.Println(e)
	fmt.Println(errors.Is(e, FE{3}))
	fmt.Println(fmt.Sprintf("%w", FE{5}))
	fmt.Printf("%w|%v\n", FE{6}, FE{7})
}
