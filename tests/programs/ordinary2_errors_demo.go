package main

import (
	"errors"
	"fmt"
	"os"
)

var (
	ErrNotFound   = errors.New("not found")
	ErrPermission = errors.New("permission denied")
)

type ValidationError struct {
	Field string
	Value any
}

func (v ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", v.Field, v.Value)
}

type QueryError struct {
	Query string
	Err   error
}

func (q *QueryError) Error() string { return q.Query + ": " + q.Err.Error() }
func (q *QueryError) Unwrap() error { return q.Err }

func find(id int) error {
	switch {
	case id < 0:
		return ValidationError{"id", id}
	case id == 0:
		return &QueryError{"select 0", ErrNotFound}
	case id > 100:
		return fmt.Errorf("find %d: %w", id, ErrPermission)
	}
	return nil
}

func main() {
	for _, id := range []int{5, -1, 0, 500} {
		err := find(id)
		fmt.Printf("id=%d err=%v\n", id, err)
		if err == nil {
			continue
		}
		var ve ValidationError
		var qe *QueryError
		fmt.Println("  notfound:", errors.Is(err, ErrNotFound),
			"perm:", errors.Is(err, ErrPermission),
			"validation:", errors.As(err, &ve),
			"query:", errors.As(err, &qe))
		if qe != nil {
			fmt.Println("  query was", qe.Query)
		}
		fmt.Println("  unwrap:", errors.Unwrap(err))
	}
	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", ErrNotFound))
	fmt.Println(wrapped, errors.Is(wrapped, ErrNotFound))
	joined := errors.Join(ErrNotFound, nil, ErrPermission)
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrPermission))
	multi := fmt.Errorf("both: %w and %w", ErrNotFound, ValidationError{"x", 1})
	fmt.Println(multi, errors.Is(multi, ErrNotFound))
	fmt.Printf("%T %T\n", wrapped, ErrNotFound)
	if err := find(1000); err != nil {
		fmt.Fprintln(os.Stderr, "fatal:", err)
		os.Exit(3)
	}
	fmt.Println("not reached")
}
