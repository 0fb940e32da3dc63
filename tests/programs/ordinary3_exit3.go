package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

type Check struct {
	Name string
	Fn   func() error
}

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	defer fmt.Println("this defer never runs")
	config := map[string]string{"port": "8080", "host": "", "mode": "fast"}
	checks := []Check{
		{"port set", func() error {
			if config["port"] == "" {
				return fmt.Errorf("port missing")
			}
			return nil
		}},
		{"host set", func() error {
			if config["host"] == "" {
				return fmt.Errorf("host missing")
			}
			return nil
		}},
		{"mode valid", func() error {
			switch config["mode"] {
			case "fast", "safe":
				return nil
			}
			return fmt.Errorf("bad mode %q", config["mode"])
		}},
	}
	var failures []string
	for _, c := range checks {
		if err := c.Fn(); err != nil {
			failures = append(failures, c.Name+": "+err.Error())
			fmt.Fprintln(w, "FAIL", c.Name)
		} else {
			fmt.Fprintln(w, "ok  ", c.Name)
		}
	}
	w.Flush()
	fmt.Println("failures:", len(failures), cap(failures))
	if len(failures) > 0 {
		fmt.Fprintln(os.Stderr, strings.Join(failures, "\n"))
		fmt.Fprintln(w, "buffered but never flushed")
		os.Exit(3)
	}
	fmt.Println("all good")
}
