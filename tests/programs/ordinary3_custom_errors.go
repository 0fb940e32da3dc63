package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ValidationError struct {
	Field string
	Value string
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %q", e.Field, e.Value)
}

type RangeError struct {
	Field    string
	Min, Max int
	Got      int
}

func (e RangeError) Error() string {
	return fmt.Sprintf("%s=%d out of range [%d,%d]", e.Field, e.Got, e.Min, e.Max)
}

var ErrEmpty = errors.New("empty input")

type User struct {
	Name string
	Age  int
}

func parseUser(name, age string) (User, error) {
	if name == "" {
		return User{}, ErrEmpty
	}
	for _, r := range name {
		if r < 'a' || r > 'z' {
			return User{}, &ValidationError{"name", name}
		}
	}
	n, err := strconv.Atoi(age)
	if err != nil {
		return User{}, fmt.Errorf("user %s: %w", name, err)
	}
	if n < 0 || n > 150 {
		return User{}, fmt.Errorf("user %s: %w", name, RangeError{"age", 0, 150, n})
	}
	return User{name, n}, nil
}

func main() {
	inputs := [][2]string{{"ann", "34"}, {"", "1"}, {"Bob", "20"}, {"cy", "x1"}, {"dee", "200"}, {"eve", "-3"}, {"fay", "99999999999999999999"}}
	var users []User
	var errs []error
	for _, in := range inputs {
		u, err := parseUser(in[0], in[1])
		if err != nil {
			errs = append(errs, err)
			var ve *ValidationError
			var re RangeError
			var ne *strconv.NumError
			switch {
			case errors.Is(err, ErrEmpty):
				fmt.Println("empty!")
			case errors.As(err, &ve):
				fmt.Println("validation on field", ve.Field, "->", err)
			case errors.As(err, &re):
				fmt.Println("range: got", re.Got, "->", err)
			case errors.As(err, &ne):
				fmt.Println("num:", ne.Func, ne.Num, ne.Err, "|", errors.Is(err, strconv.ErrRange))
			}
			continue
		}
		users = append(users, u)
	}
	fmt.Println(users, len(errs))
	joined := errors.Join(errs[0], errs[1])
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrEmpty), errors.Unwrap(errs[2]) != nil)
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", ErrEmpty))
	fmt.Println(wrapped, errors.Is(wrapped, ErrEmpty), errors.Unwrap(errors.Unwrap(wrapped)) == ErrEmpty)
	var e error
	fmt.Println(e == nil, fmt.Sprint(e))
}
