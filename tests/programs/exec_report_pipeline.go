package main

import (
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"strings"
)

func sh(script string, stdin string) (string, int, error) {
	cmd := exec.Command("sh", "-c", script)
	if stdin != "" {
		cmd.Stdin = strings.NewReader(stdin)
	}
	var out, errb bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &errb
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	}
	if errb.Len() > 0 {
		fmt.Printf("    [stderr] %q\n", errb.String())
	}
	return out.String(), code, err
}

func main() {
	users := "carol 1003 /bin/zsh\nalice 1001 /bin/bash\nbob 1002 /bin/sh\ndave 1004 /bin/bash\nerin 1005 /usr/sbin/nologin\n"
	steps := []struct {
		title, script, input string
	}{
		{"sort by name", "sort", users},
		{"count lines/words", "wc -l | tr -d ' '", users},
		{"bash users", "while read n u s; do test \"$s\" = /bin/bash && echo \"$n\"; done", users},
		{"uppercase first two", "head -n 2 | tr 'a-z' 'A-Z'", users},
		{"shells sorted", "while read n u s; do echo \"$s\"; done | sort -r | head -n 3", users},
		{"printf table", "printf '%-6s|%4d|\\n' disk 91 mem 47 swap 3", ""},
		{"fail with code", "echo partial; echo 'disk full' >&2; exit 28", ""},
		{"missing cmd", "no_such_tool_here 2>/dev/null; echo status=$?", ""},
		{"false", "false", ""},
		{"env var", "echo \"${BACKUP_DIR:-unset}\"", ""},
	}
	for i, s := range steps {
		fmt.Printf("[%d] %s\n", i+1, s.title)
		out, code, err := sh(s.script, s.input)
		for _, l := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
			fmt.Printf("    | %s\n", l)
		}
		fmt.Printf("    exit=%d err=%v\n", code, err)
	}

	comb, err := exec.Command("sh", "-c", "echo one; echo two 1>&2; echo three").CombinedOutput()
	fmt.Printf("combined: %q err=%v\n", comb, err)

	out, err := exec.Command("sh", "-c", "cat; exit 3").Output()
	fmt.Printf("output: %q err=%v\n", out, err)
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		fmt.Println("  exited:", ee.Exited(), "success:", ee.Success(), "code:", ee.ExitCode(), "stderr:", len(ee.Stderr))
	}

	cmd := exec.Command("sh", "-c", "read a; read b; echo $((a * b))")
	cmd.Stdin = strings.NewReader("6\n7\n")
	out, err = cmd.Output()
	fmt.Printf("arith: %s err=%v state=%v\n", strings.TrimSpace(string(out)), err, cmd.ProcessState.Success())

	cmd = exec.Command("sh", "-c", "echo $BACKUP_DIR $MODE; pwd")
	cmd.Env = []string{"BACKUP_DIR=/var/backups", "MODE=full"}
	cmd.Dir = "/"
	out, err = cmd.Output()
	fmt.Printf("env+dir: %q %v\n", out, err)
	fmt.Println("args:", strings.Join(cmd.Args, " | "), cmd.Path != "")

	cmd = exec.Command("sh", "-c", "exit 0")
	fmt.Println("run twice:", cmd.Run(), cmd.Run())
}
