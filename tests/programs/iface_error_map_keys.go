package main

import (
	"errors"
	"fmt"
)

var (
	ErrTimeout = errors.New("timeout")
	ErrRefused = errors.New("refused")
	ErrReset   = errors.New("reset")
)

type HTTPErr int

func (h HTTPErr) Error() string { return fmt.Sprintf("http %d", int(h)) }

func attempt(i int) error {
	switch i % 6 {
	case 0:
		return nil
	case 1:
		return ErrTimeout
	case 2:
		return fmt.Errorf("dial: %w", ErrRefused)
	case 3:
		return HTTPErr(500 + i%2)
	case 4:
		return ErrTimeout
	}
	return HTTPErr(404)
}

func classify(err error) error {
	for _, s := range []error{ErrTimeout, ErrRefused, ErrReset} {
		if errors.Is(err, s) {
			return s
		}
	}
	return err
}

func main() {
	counts := map[error]int{}
	var order []error
	for i := 0; i < 14; i++ {
		err := attempt(i)
		if err == nil {
			continue
		}
		key := classify(err)
		if counts[key] == 0 {
			order = append(order, key)
		}
		counts[key]++
	}
	for _, k := range order {
		fmt.Printf("%-10v %-18T %d\n", k, k, counts[k])
	}
	fmt.Println("reset count:", counts[ErrReset])
	fmt.Println("lookup by new HTTPErr(404):", counts[HTTPErr(404)])
	fmt.Println("lookup by errors.New(timeout):", counts[errors.New("timeout")])
	wrapped := fmt.Errorf("x: %w", ErrRefused)
	fmt.Println("wrapped key direct:", counts[wrapped], "classified:", counts[classify(wrapped)])
	seen := map[error]bool{ErrTimeout: true}
	fmt.Println(seen[ErrTimeout], seen[ErrReset], len(seen))
	fmt.Println(HTTPErr(1) == HTTPErr(1), error(HTTPErr(1)) == error(HTTPErr(2)))
}
