package main

import (
	"errors"
	"fmt"
)

type StatusErr struct{ Status int }

func (s *StatusErr) Error() string { return fmt.Sprintf("status %d", s.Status) }

func (s *StatusErr) Is(target error) bool {
	t, ok := target.(*StatusErr)
	if !ok {
		return false
	}
	return t.Status == 0 || t.Status/100 == s.Status/100
}

type TempErr interface {
	error
	Temporary() bool
}

type netErr struct{ temp bool }

func (n netErr) Error() string   { return fmt.Sprintf("net error (temp=%v)", n.temp) }
func (n netErr) Temporary() bool { return n.temp }

type codeErr struct{ code int }

func (c codeErr) Error() string { return fmt.Sprint("code ", c.code) }

type asAnything struct{}

func (asAnything) Error() string { return "as anything" }
func (asAnything) As(target any) bool {
	if p, ok := target.(*codeErr); ok {
		p.code = 42
		return true
	}
	return false
}

func main() {
	e404 := fmt.Errorf("fetch: %w", &StatusErr{404})
	fmt.Println(e404)
	fmt.Println("is 4xx:", errors.Is(e404, &StatusErr{400}))
	fmt.Println("is 5xx:", errors.Is(e404, &StatusErr{500}))
	fmt.Println("is any status:", errors.Is(e404, &StatusErr{}))

	var te TempErr
	err := fmt.Errorf("dial: %w", netErr{true})
	if errors.As(err, &te) {
		fmt.Println("as TempErr:", te.Temporary(), te)
	}
	err2 := fmt.Errorf("dial: %w", errors.New("plain"))
	fmt.Println("plain as TempErr:", errors.As(err2, &te))

	var ce codeErr
	fmt.Println("custom As:", errors.As(fmt.Errorf("x: %w", asAnything{}), &ce), ce)

	var target *StatusErr
	if errors.As(e404, &target) {
		fmt.Println("target status:", target.Status)
		target.Status = 503
	}
	fmt.Println("mutated through As:", e404)

	var iface interface{ Temporary() bool }
	fmt.Println("as plain iface:", errors.As(err, &iface), iface.Temporary())
}
