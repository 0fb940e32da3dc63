package main

import (
	"errors"
	"fmt"
)

type MultiErr struct {
	Op   string
	Errs []error
}

func (m *MultiErr) Error() string {
	s := m.Op + ": "
	for i, e := range m.Errs {
		if i > 0 {
			s += "; "
		}
		s += e.Error()
	}
	return s
}

func (m *MultiErr) Unwrap() []error { return m.Errs }

type FieldErr struct{ Field string }

func (f FieldErr) Error() string { return "bad field " + f.Field }

var ErrRequired = errors.New("required")

func validate(name string, age int) error {
	me := &MultiErr{Op: "validate"}
	if name == "" {
		me.Errs = append(me.Errs, fmt.Errorf("name: %w", ErrRequired))
	}
	if age < 0 {
		me.Errs = append(me.Errs, FieldErr{"age"})
	}
	if age > 150 {
		me.Errs = append(me.Errs, FieldErr{"age-range"}, fmt.Errorf("wrapped: %w", FieldErr{"inner"}))
	}
	if len(me.Errs) == 0 {
		return nil
	}
	return me
}

func main() {
	cases := []struct {
		n string
		a int
	}{{"ann", 30}, {"", 5}, {"bob", -1}, {"", 200}}
	for _, c := range cases {
		err := validate(c.n, c.a)
		fmt.Printf("%q %d -> %v\n", c.n, c.a, err)
		if err == nil {
			continue
		}
		var fe FieldErr
		ok := errors.As(err, &fe)
		fmt.Println("  required:", errors.Is(err, ErrRequired), "field:", ok, fe.Field)
		fmt.Println("  single Unwrap:", errors.Unwrap(err))
		var me *MultiErr
		if errors.As(err, &me) {
			fmt.Println("  parts:", len(me.Errs))
		}
	}
	outer := fmt.Errorf("request failed: %w", validate("", 151))
	var fe FieldErr
	fmt.Println(errors.As(outer, &fe), fe, errors.Is(outer, FieldErr{"inner"}))
	j := errors.Join(outer, ErrRequired)
	fmt.Printf("%v\n---\n%q\n", j, j.Error())
}
