package main

import (
	"errors"
	"fmt"
)

type SE struct{ parts []string }

func (s SE) Error() string { return fmt.Sprint(s.parts) }

type CE struct{ x any }

func (c CE) Error() string { return "CE" }

func main() {
	a := SE{[]string{"a"}}
	fmt.Println(errors.Is(a, a))
	fmt.Println(errors.Is(fmt.Errorf("%w", a), a))
	w := fmt.Errorf("%w", CE{1})
	fmt.Println(errors.Is(w, CE{1}), errors.Is(w, CE{2}))
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(errors.Is(CE{[]int{1}}, CE{[]int{1}}))
}
