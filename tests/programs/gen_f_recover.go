package main

import (
	"errors"
	"fmt"
)

func Safe[T any](f func() T) (result T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return f(), nil
}

func At[T any](s []T, i int) T {
	return s[i]
}

func MustPositive[T ~int | ~float64](x T) T {
	if x <= 0 {
		panic(fmt.Sprintf("not positive: %v", x))
	}
	return x
}

func WithCleanup[T any](name string, v T, log *[]string) T {
	defer func() { *log = append(*log, "cleanup "+name) }()
	*log = append(*log, fmt.Sprintf("use %s=%v", name, v))
	return v
}

var ErrBad = errors.New("bad value")

func Check[T comparable](v, bad T) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	if v == bad {
		panic(ErrBad)
	}
	return nil
}

func main() {
	v, err := Safe(func() int { return At([]int{1, 2, 3}, 1) })
	fmt.Println(v, err)
	v, err = Safe(func() int { return At([]int{1, 2, 3}, 5) })
	fmt.Println(v, err)
	s, err := Safe(func() string { return fmt.Sprint(MustPositive(-1.5)) })
	fmt.Printf("%q %v\n", s, err)
	f, err := Safe(func() float64 { return MustPositive(2.5) })
	fmt.Println(f, err)
	var log []string
	WithCleanup("a", 1, &log)
	WithCleanup("b", "two", &log)
	fmt.Println(log)
	fmt.Println(Check(3, 3), Check("x", "y"))
	fmt.Println(errors.Is(Check(1.0, 1.0), ErrBad))
}
