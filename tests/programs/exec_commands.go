package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

func main() {
	out, err := exec.Command("echo", "hello", "world").Output()
	fmt.Printf("%q %v\n", out, err)
	cmd := exec.Command("sh", "-c", "echo out; echo err >&2; exit 7")
	out, err = cmd.Output()
	fmt.Printf("%q %v\n", out, err)
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		fmt.Printf("code=%d stderr=%q exited=%v success=%v %s\n", ee.ExitCode(), ee.Stderr, ee.Exited(), ee.Success(), ee)
	}
	fmt.Println(cmd.ProcessState.ExitCode(), cmd.ProcessState)
	comb, err := exec.Command("sh", "-c", "echo a; echo b >&2; echo c").CombinedOutput()
	fmt.Printf("%q %v\n", comb, err)
	c := exec.Command("tr", "a-z", "A-Z")
	c.Stdin = strings.NewReader(strings.Repeat("hello pipes ", 20000))
	var o bytes.Buffer
	c.Stdout = &o
	err = c.Run()
	fmt.Println(o.Len(), err, o.String()[:24])
	c = exec.Command("pwd")
	c.Dir = "/tmp"
	out, err = c.Output()
	fmt.Printf("%q %v\n", out, err)
	c = exec.Command("sh", "-c", "echo $FOO-$BAR")
	c.Env = []string{"FOO=1", "BAR=2", "FOO=3"}
	out, err = c.Output()
	fmt.Printf("%q %v %q\n", out, err, c.Environ())
	_, err = exec.Command("definitely-not-a-command-xyz").Output()
	fmt.Println(err, errors.Is(err, exec.ErrNotFound))
	_, err = exec.Command("/nonexistent/prog").Output()
	fmt.Println(err)
	_, err = exec.LookPath("sh")
	fmt.Println(err)
	_, err = exec.LookPath("/etc/passwd")
	fmt.Println(err)
	c = exec.Command("sh", "-c", "kill -9 $$")
	err = c.Run()
	fmt.Println(err, c.ProcessState.ExitCode(), c.ProcessState.Exited())
	c = exec.Command("true")
	fmt.Println(c.Wait())
	fmt.Println(c.Run(), c.Run())
	c = exec.Command("echo", "x")
	c.Stdout = os.Stdout
	fmt.Println(c.Run())
	c = exec.Command("sh", "-c", "cat; echo done")
	in, _ := c.StdinPipe()
	so, _ := c.StdoutPipe()
	fmt.Println(c.Start())
	in.Write([]byte("via stdin pipe\n"))
	in.Close()
	buf := make([]byte, 100)
	total := 0
	for {
		n, err := so.Read(buf[total:])
		total += n
		if err != nil {
			break
		}
	}
	fmt.Printf("%q %v\n", buf[:total], c.Wait())
	c = exec.Command("head", "-c", "5")
	c.Stdin = strings.NewReader(strings.Repeat("z", 1<<20))
	out, err = c.Output()
	fmt.Printf("%q %v\n", out, err)
	c = exec.Command("sh", "-c", "echo $0 $1", "a b", "c")
	fmt.Println(c.String(), len(c.Args))
	_, err = c.Output()
	c2 := exec.Command("x-no-such-cmd", "arg")
	fmt.Println(c2.String())
	c = exec.Command("echo")
	c.Stdout = &o
	_, err = c.Output()
	fmt.Println(err)
	c = exec.Command("sh", "-c", "exit 0")
	c.Dir = "/nonexistent-dir"
	fmt.Println(c.Run())
}
