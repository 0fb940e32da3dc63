package main

import (
	"fmt"
	"os"
)

type ConfigError struct {
	Key string
	Val string
}

func (e *ConfigError) Error() string {
	return fmt.Sprintf("config: bad value %q for %s", e.Val, e.Key)
}

func mustGet(cfg map[string]string, key string) string {
	v, ok := cfg[key]
	if !ok || v == "" {
		panic(&ConfigError{key, v})
	}
	return v
}

func main() {
	cfg := map[string]string{"host": "localhost", "port": "8080", "mode": ""}
	fmt.Println("host:", mustGet(cfg, "host"))
	fmt.Println("port:", mustGet(cfg, "port"))
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered:", r)
			}
		}()
		mustGet(cfg, "user")
	}()
	fmt.Fprintln(os.Stderr, "about to fail")
	defer func() {
		fmt.Println("deferred 1")
	}()
	defer fmt.Println("deferred 2")
	fmt.Println("mode:", mustGet(cfg, "mode"))
}
