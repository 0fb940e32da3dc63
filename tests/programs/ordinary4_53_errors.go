package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type ValidationError struct {
	Field string
	Issue string
}

func (v ValidationError) Error() string { return v.Field + ": " + v.Issue }

type HTTPError struct {
	Code int
	Err  error
}

func (h *HTTPError) Error() string { return fmt.Sprintf("http %d: %v", h.Code, h.Err) }
func (h *HTTPError) Unwrap() error { return h.Err }

func lookup(id int) error {
	switch {
	case id < 0:
		return ValidationError{"id", "must be positive"}
	case id > 100:
		return &HTTPError{404, fmt.Errorf("user %d: %w", id, ErrNotFound)}
	case id == 13:
		return &HTTPError{500, errors.New("unlucky")}
	}
	return nil
}

func main() {
	for _, id := range []int{5, -1, 200, 13} {
		err := lookup(id)
		fmt.Printf("id=%d err=%v\n", id, err)
		if err == nil {
			continue
		}
		var ve ValidationError
		if errors.As(err, &ve) {
			fmt.Println("  validation on field", ve.Field)
		}
		var he *HTTPError
		if errors.As(err, &he) {
			fmt.Println("  http code", he.Code)
		}
		if errors.Is(err, ErrNotFound) {
			fmt.Println("  not found!")
		}
	}
	joined := errors.Join(ErrNotFound, ValidationError{"name", "empty"}, nil)
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrNotFound))
	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", os.ErrNotExist))
	fmt.Println(wrapped, errors.Is(wrapped, os.ErrNotExist))
	fmt.Println(errors.Unwrap(wrapped))
	_, err := strconv.Atoi("x")
	fmt.Printf("%v | %T\n", err, err)
	_, err = os.Open("/definitely/not/here.txt")
	fmt.Println(err, errors.Is(err, os.ErrNotExist))
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path, pe.Err)
	}
	multi := fmt.Errorf("both: %w and %w", ErrNotFound, os.ErrPermission)
	fmt.Println(multi, errors.Is(multi, os.ErrPermission))
	var nilErr *HTTPError
	var e error = nilErr
	fmt.Println(nilErr == nil, e == nil)
	fmt.Printf("%v %+v %#v\n", ValidationError{"a", "b"}, ValidationError{"a", "b"}, ErrNotFound.Error())
}
