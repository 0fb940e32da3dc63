package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

func main() {
	script := `for i in 1 2 3 4 5 6; do echo "event $i status=$( [ $((i % 2)) -eq 0 ] && echo even || echo odd )"; sleep 0.01; done; echo "done" >&2; exit 4`
	cmd := exec.Command("sh", "-c", script)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		fmt.Println("pipe:", err)
		os.Exit(1)
	}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		fmt.Println("stderr pipe:", err)
		os.Exit(1)
	}
	if err := cmd.Start(); err != nil {
		fmt.Println("start:", err)
		os.Exit(1)
	}

	lines := make(chan string)
	errLines := make(chan []string)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	go func() {
		var collected []string
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			collected = append(collected, sc.Text())
		}
		errLines <- collected
	}()

	counts := map[string]int{}
	n := 0
	for line := range lines {
		n++
		fields := strings.Fields(line)
		status := strings.TrimPrefix(fields[len(fields)-1], "status=")
		counts[status]++
		fmt.Printf("%2d| %s\n", n, strings.ToUpper(line))
	}
	stderrLines := <-errLines
	err = cmd.Wait()
	fmt.Println("stderr:", strings.Join(stderrLines, ","))
	fmt.Printf("odd=%d even=%d\n", counts["odd"], counts["even"])
	if ee, ok := err.(*exec.ExitError); ok {
		fmt.Println("exit code:", ee.ExitCode())
		fmt.Println("success:", ee.Success())
	} else {
		fmt.Println("unexpected:", err)
	}
	fmt.Println("ProcessState exited:", cmd.ProcessState.Exited())
	os.Exit(cmd.ProcessState.ExitCode() - 2)
}
