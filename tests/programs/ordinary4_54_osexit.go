package main

import (
	"fmt"
	"os"
	"strings"
)

type Check struct {
	Name string
	OK   bool
	Msg  string
}

func runChecks() []Check {
	env := map[string]string{"HOME": "/home/user", "SHELL": "/bin/bash", "PATH": "/usr/bin:/bin"}
	var checks []Check
	for _, k := range []string{"HOME", "SHELL", "EDITOR", "PATH"} {
		v, ok := env[k]
		c := Check{Name: k, OK: ok}
		if ok {
			c.Msg = v
		} else {
			c.Msg = "missing"
		}
		checks = append(checks, c)
	}
	p := env["PATH"]
	parts := strings.Split(p, string(os.PathListSeparator))
	checks = append(checks, Check{"PATH entries", len(parts) >= 2, fmt.Sprint(parts)})
	return checks
}

func main() {
	fmt.Println("args:", len(os.Args) >= 1)
	checks := runChecks()
	failed := 0
	for _, c := range checks {
		status := "PASS"
		if !c.OK {
			status = "FAIL"
			failed++
		}
		fmt.Printf("[%s] %-14s %s\n", status, c.Name, c.Msg)
	}
	fmt.Fprintf(os.Stderr, "%d checks failed\n", failed)
	os.Stdout.WriteString("writing directly\n")
	fmt.Fprintln(os.Stdout, "exiting with", failed+2)
	defer fmt.Println("this defer does not run")
	if failed > 0 {
		os.Exit(failed + 2)
	}
}
