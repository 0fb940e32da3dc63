// Custom error types, wrapping, errors.Is and errors.As
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ValidationError struct {
	Field string
	Value int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", e.Field, e.Value)
}

var ErrNotFound = errors.New("not found")

type User struct {
	Name string
	Age  int
}

var users = map[int]User{1: {"ann", 31}, 2: {"ben", -4}}

func findUser(id int) (User, error) {
	u, ok := users[id]
	if !ok {
		return User{}, fmt.Errorf("user %d: %w", id, ErrNotFound)
	}
	if u.Age < 0 {
		return User{}, fmt.Errorf("user %d: %w", id, &ValidationError{"age", u.Age})
	}
	return u, nil
}

func parseAll(ss []string) ([]int, error) {
	var out []int
	var errs []error
	for _, s := range ss {
		n, err := strconv.Atoi(s)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, n)
	}
	return out, errors.Join(errs...)
}

func main() {
	for _, id := range []int{1, 2, 3} {
		u, err := findUser(id)
		switch {
		case err == nil:
			fmt.Println("found", u)
		case errors.Is(err, ErrNotFound):
			fmt.Println("missing:", err)
		default:
			var ve *ValidationError
			if errors.As(err, &ve) {
				fmt.Println("validation failed on", ve.Field, "->", err)
			}
		}
	}
	nums, err := parseAll([]string{"1", "x", "3", "4.5"})
	fmt.Println(nums)
	fmt.Println(err)
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", ErrNotFound))
	fmt.Println(wrapped, errors.Unwrap(wrapped))
	fmt.Println(errors.Is(wrapped, ErrNotFound))
}
