package main

import (
	"errors"
	"fmt"
)

type ConfigError struct {
	Key  string
	Line int
}

func (c *ConfigError) Error() string {
	return fmt.Sprintf("config: bad key %q at line %d", c.Key, c.Line)
}

var ErrFatal = errors.New("fatal condition")

func parse(lines []string) (n int) {
	for i, l := range lines {
		if l == "" {
			panic(fmt.Errorf("parse: %w (line %d)", &ConfigError{"<empty>", i + 1}, i+1))
		}
		n++
	}
	return n
}

func main() {
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println("recovered error?", ok)
			var ce *ConfigError
			fmt.Println("as ConfigError:", errors.As(err, &ce), ce.Line)
			fmt.Printf("%v\n%T\n", r, r)
		}()
		parse([]string{"a", "b", "", "d"})
	}()
	fmt.Println("parsed:", parse([]string{"x", "y"}))
	err := fmt.Errorf("startup: %w", errors.Join(ErrFatal, &ConfigError{"port", 9}))
	fmt.Println("about to panic with:", errors.Is(err, ErrFatal))
	panic(err)
}
