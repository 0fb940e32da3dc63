package main

import (
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"sync"
)

type cmdSpec struct {
	name  string
	args  []string
	stdin string
}

type cmdResult struct {
	out  string
	errs string
	code int
}

func run(spec cmdSpec) cmdResult {
	cmd := exec.Command(spec.name, spec.args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	if spec.stdin != "" {
		cmd.Stdin = strings.NewReader(spec.stdin)
	}
	err := cmd.Run()
	code := 0
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			code = ee.ExitCode()
		} else {
			code = -1
		}
	}
	return cmdResult{out: stdout.String(), errs: stderr.String(), code: code}
}

func main() {
	specs := []cmdSpec{
		{name: "echo", args: []string{"hello", "world"}},
		{name: "sh", args: []string{"-c", "echo from shell; exit 3"}},
		{name: "true"},
		{name: "false"},
		{name: "sleep", args: []string{"0.05"}},
		{name: "wc", args: []string{"-l"}, stdin: "a\nb\nc\nd\n"},
		{name: "tr", args: []string{"a-z", "A-Z"}, stdin: "shout this\n"},
		{name: "sort", args: []string{"-r"}, stdin: "pear\napple\nzucchini\nmango\n"},
		{name: "sh", args: []string{"-c", "echo oops >&2; exit 7"}},
		{name: "/nonexistent/binary"},
	}
	results := make([]cmdResult, len(specs))
	var wg sync.WaitGroup
	for i, s := range specs {
		wg.Add(1)
		go func(i int, s cmdSpec) {
			defer wg.Done()
			results[i] = run(s)
		}(i, s)
	}
	wg.Wait()

	failures := 0
	for i, r := range results {
		label := specs[i].name
		if len(specs[i].args) > 0 {
			label += " " + strings.Join(specs[i].args, " ")
		}
		fmt.Printf("[%d] %s -> exit %d\n", i, label, r.code)
		for _, line := range strings.Split(strings.TrimRight(r.out, "\n"), "\n") {
			if strings.TrimSpace(line) != "" {
				fmt.Printf("    out: %s\n", strings.TrimSpace(line))
			}
		}
		if r.errs != "" {
			fmt.Printf("    err: %s\n", strings.TrimSpace(r.errs))
		}
		if r.code != 0 {
			failures++
		}
	}
	fmt.Printf("%d commands, %d failed\n", len(specs), failures)
}
