package main

import (
	"errors"
	"fmt"
	"os"
)

type S string

func (s S) String() string { return "S:" + string(s) }

func main() {
	fmt.Fprint(os.Stdout, 1, 2, "a", 3, "b", "c", 4.5, S("x"), S("y"), errors.New("e"), 5, "\n")
	fmt.Fprint(os.Stdout, S("p"), "q", nil, nil, []int{1}, 2, "\n")
	var err error
	fmt.Fprintln(os.Stdout, err, S(""), "", 0)
	fmt.Fprint(os.Stdout, "", "", 1, "", 2, "\n")
}
