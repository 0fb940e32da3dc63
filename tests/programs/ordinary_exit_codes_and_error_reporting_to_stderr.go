// Exit codes and error reporting to stderr
package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type config struct {
	retries int
	verbose bool
}

func parseArgs(args []string) (config, error) {
	var c config
	for i := 0; i < len(args); i++ {
		switch args[i] {
		case "-v":
			c.verbose = true
		case "-r":
			if i+1 >= len(args) {
				return c, errors.New("-r needs a value")
			}
			n, err := strconv.Atoi(args[i+1])
			if err != nil {
				return c, fmt.Errorf("bad -r value: %w", err)
			}
			c.retries = n
			i++
		default:
			return c, fmt.Errorf("unknown flag %q", args[i])
		}
	}
	return c, nil
}

func main() {
	cases := [][]string{
		{"-v", "-r", "3"},
		{"-r"},
		{"-r", "x"},
		{"--help"},
	}
	failures := 0
	for _, args := range cases {
		c, err := parseArgs(args)
		if err != nil {
			fmt.Fprintln(os.Stderr, "error:", err)
			failures++
			continue
		}
		fmt.Printf("parsed %v -> %+v\n", args, c)
	}
	fmt.Println("program name set:", len(os.Args) > 0)
	if failures > 0 {
		fmt.Printf("%d failures\n", failures)
		os.Exit(failures)
	}
}
