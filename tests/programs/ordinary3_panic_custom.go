package main

import (
	"fmt"
	"strings"
)

type ConfigError struct {
	Key    string
	Reason string
}

func (e ConfigError) Error() string {
	return "config " + e.Key + ": " + e.Reason
}

type Config struct {
	entries map[string]string
	order   []string
}

func Parse(lines []string) *Config {
	c := &Config{entries: map[string]string{}}
	for _, l := range lines {
		k, v, ok := strings.Cut(l, "=")
		if !ok {
			panic(ConfigError{l, "missing '='"})
		}
		c.entries[k] = v
		c.order = append(c.order, k)
	}
	return c
}

func tryParse(lines []string) (c *Config, err error) {
	defer func() {
		if r := recover(); r != nil {
			if ce, ok := r.(ConfigError); ok {
				err = ce
				return
			}
			panic(r)
		}
	}()
	return Parse(lines), nil
}

func main() {
	c, err := tryParse([]string{"a=1", "b=2", "c=3"})
	fmt.Println(c.order, len(c.order), cap(c.order), err)
	_, err = tryParse([]string{"a=1", "oops"})
	fmt.Println("recovered:", err)
	fmt.Println("now parsing without a safety net")
	Parse([]string{"x=1", "y=2", "broken line"})
	fmt.Println("unreachable")
}
