package main

import (
	"errors"
	"fmt"
)

type ValErr struct {
	Code int
	Msg  string
}

func (e ValErr) Error() string { return fmt.Sprintf("val error %d: %s", e.Code, e.Msg) }

type PtrErr struct {
	Op  string
	Err error
}

func (e *PtrErr) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *PtrErr) Unwrap() error { return e.Err }

var ErrNotFound = errors.New("not found")

func find(k int) error {
	switch {
	case k < 0:
		return ValErr{400, "negative"}
	case k > 100:
		return &PtrErr{"find", ErrNotFound}
	case k == 13:
		return &PtrErr{"find", ValErr{13, "unlucky"}}
	}
	return nil
}

func main() {
	for _, k := range []int{5, -1, 200, 13} {
		err := find(k)
		fmt.Printf("k=%d err=%v\n", k, err)
		if err == nil {
			continue
		}
		var ve ValErr
		if errors.As(err, &ve) {
			fmt.Println("  as ValErr: code", ve.Code)
		}
		var pe *PtrErr
		if errors.As(err, &pe) {
			fmt.Println("  as *PtrErr: op", pe.Op)
		}
		fmt.Println("  is ErrNotFound:", errors.Is(err, ErrNotFound))
		fmt.Println("  is ValErr{13,unlucky}:", errors.Is(err, ValErr{13, "unlucky"}))
		fmt.Printf("  unwrap: %v\n", errors.Unwrap(err))
	}
	var e1 error = ValErr{1, "a"}
	var e2 error = ValErr{1, "a"}
	fmt.Println("value errors compare equal:", e1 == e2)
	var e3 error = &PtrErr{"x", ErrNotFound}
	var e4 error = &PtrErr{"x", ErrNotFound}
	fmt.Println("pointer errors compare equal:", e3 == e4, e3.Error() == e4.Error())
}
