package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
}

func (v *ValidationError) Error() string {
	if v == nil {
		return "no validation error"
	}
	return "invalid " + v.Field
}

type Validator interface {
	Validate(s string) error
}

type NonEmpty struct{}
type MaxLen int
type Buggy struct{}

func (NonEmpty) Validate(s string) error {
	if s == "" {
		return &ValidationError{"empty"}
	}
	return nil
}

func (m MaxLen) Validate(s string) error {
	if len(s) > int(m) {
		return fmt.Errorf("maxlen %d: %w", int(m), &ValidationError{"length"})
	}
	return nil
}

func (Buggy) Validate(s string) error {
	var ve *ValidationError
	if s == "bad" {
		ve = &ValidationError{"bad"}
	}
	return ve
}

func runAll(vs []Validator, s string) []error {
	var errs []error
	for _, v := range vs {
		if err := v.Validate(s); err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}

func main() {
	vs := []Validator{NonEmpty{}, MaxLen(3), Buggy{}}
	for _, in := range []string{"ok", "", "toolong", "bad"} {
		errs := runAll(vs, in)
		fmt.Printf("%q: %d errors\n", in, len(errs))
		for _, e := range errs {
			var ve *ValidationError
			as := errors.As(e, &ve)
			fmt.Printf("  %-26v %-26T as=%v nilptr=%v\n", e, e, as, ve == nil)
		}
	}
	err := Buggy{}.Validate("fine")
	fmt.Println("buggy nil check:", err == nil, err != nil, err)
	joined := errors.Join(err, nil)
	fmt.Println("join keeps typed nil:", joined != nil, joined)
}
