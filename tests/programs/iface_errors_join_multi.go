package main

import (
	"errors"
	"fmt"
)

var (
	ErrA = errors.New("error A")
	ErrB = errors.New("error B")
	ErrC = errors.New("error C")
)

type CodeErr struct{ Code int }

func (c CodeErr) Error() string { return fmt.Sprint("code ", c.Code) }

func validate(n int) error {
	var errs []error
	if n%2 != 0 {
		errs = append(errs, ErrA)
	}
	if n%3 != 0 {
		errs = append(errs, ErrB)
	}
	if n > 10 {
		errs = append(errs, CodeErr{n})
	}
	return errors.Join(errs...)
}

func main() {
	for _, n := range []int{6, 7, 12, 25} {
		err := validate(n)
		fmt.Printf("n=%d nil=%v\n", n, err == nil)
		if err != nil {
			fmt.Printf("%v\n", err)
			fmt.Println("  A:", errors.Is(err, ErrA), "B:", errors.Is(err, ErrB), "C:", errors.Is(err, ErrC))
			var ce CodeErr
			fmt.Println("  as CodeErr:", errors.As(err, &ce), ce.Code)
			fmt.Println("  unwrap single:", errors.Unwrap(err))
			if u, ok := err.(interface{ Unwrap() []error }); ok {
				fmt.Println("  parts:", len(u.Unwrap()))
			}
		}
	}
	fmt.Println("join of nils:", errors.Join(nil, nil) == nil)
	multi := fmt.Errorf("multi: %w and %w", ErrA, CodeErr{5})
	fmt.Println(multi)
	fmt.Println("multi is A:", errors.Is(multi, ErrA), "is C:", errors.Is(multi, ErrC))
	var ce CodeErr
	fmt.Println("multi as CodeErr:", errors.As(multi, &ce), ce)
	outer := fmt.Errorf("outer: %w", errors.Join(ErrC, multi))
	fmt.Printf("%v\nis A deep: %v\n", outer, errors.Is(outer, ErrA))
	fmt.Printf("%T %T\n", multi, errors.Join(ErrA))
}
