package main

import (
	"errors"
	"fmt"
	"strconv"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

func Lookup[K comparable, V any](m map[K]V, k K) (V, error) {
	v, ok := m[k]
	if !ok {
		return v, &NotFound{Key: fmt.Sprint(k)}
	}
	return v, nil
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func As[E error](err error) (E, bool) {
	var target E
	ok := errors.As(err, &target)
	return target, ok
}

func TryAll[T any](fs ...func() (T, error)) ([]T, error) {
	var out []T
	var errs []error
	for _, f := range fs {
		v, err := f()
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, v)
	}
	return out, errors.Join(errs...)
}

func main() {
	m := map[string]int{"a": 1}
	v, err := Lookup(m, "a")
	fmt.Println(v, err)
	v, err = Lookup(m, "b")
	fmt.Println(v, err)
	nf, ok := As[*NotFound](fmt.Errorf("wrap: %w", err))
	fmt.Println(ok, nf.Key)
	_, ok = As[*strconv.NumError](err)
	fmt.Println(ok)
	fmt.Println(Must(strconv.Atoi("123")) + 1)
	vals, err := TryAll(
		func() (int, error) { return strconv.Atoi("5") },
		func() (int, error) { return strconv.Atoi("x") },
		func() (int, error) { return 7, nil },
	)
	fmt.Println(vals)
	fmt.Println(err)
	ne, ok := As[*strconv.NumError](err)
	fmt.Println(ok, ne.Func)
}
