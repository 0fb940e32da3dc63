// A log filter as a sysadmin's script would be: bufio.Scanner over standard input,
// strings.Contains on every line, counts printed at the end. Its benchmark feeds it
// 100 MB of generated log lines (benches/codegen.rs, scripts/bench-codegen.sh).
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	lines, errs, warns, size := 0, 0, 0, 0
	for sc.Scan() {
		line := sc.Text()
		lines++
		size += len(line)
		if strings.Contains(line, "ERROR") {
			errs++
		} else if strings.Contains(line, "WARN") {
			warns++
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(lines, errs, warns, size)
}
