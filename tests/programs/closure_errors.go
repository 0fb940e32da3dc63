package main

import (
	"errors"
	"fmt"
)

type step func(int) (int, error)

func pipeline(x int, steps ...step) (int, error) {
	for i, s := range steps {
		var err error
		x, err = s(x)
		if err != nil {
			return 0, fmt.Errorf("step %d: %v", i, err)
		}
	}
	return x, nil
}

func main() {
	double := func(x int) (int, error) { return x * 2, nil }
	limit := func(max int) step {
		return func(x int) (int, error) {
			if x > max {
				return 0, errors.New("too big")
			}
			return x, nil
		}
	}
	fmt.Println(pipeline(3, double, limit(10), double))
	_, err := pipeline(6, double, limit(10))
	fmt.Println(err)
}
