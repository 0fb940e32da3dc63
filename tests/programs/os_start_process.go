package main

import (
	"fmt"
	"io"
	"os"
	"syscall"
)

func main() {
	r, w, err := os.Pipe()
	fmt.Println(err)
	p, err := os.StartProcess("/bin/sh", []string{"sh", "-c", "echo hi from $0 $X; pwd; exit 3"}, &os.ProcAttr{Dir: "/tmp", Env: []string{"X=1"}, Files: []*os.File{nil, w, os.Stderr}})
	fmt.Println(err)
	w.Close()
	out, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", out, err)
	st, err := p.Wait()
	fmt.Println(st, err, st.ExitCode(), st.Exited(), st.Success(), st.Sys().(syscall.WaitStatus).ExitStatus())
	fmt.Println(p.Kill())
	_, err = os.StartProcess("/nonexistent", []string{"x"}, &os.ProcAttr{})
	fmt.Println(err)
	_, err = os.StartProcess("/bin/sh", []string{"x"}, &os.ProcAttr{Dir: "/nonexistent"})
	fmt.Println(err)
	p, _ = os.StartProcess("/bin/sleep", []string{"sleep", "10"}, &os.ProcAttr{})
	fmt.Println(p.Signal(syscall.SIGTERM))
	st, _ = p.Wait()
	fmt.Println(st, st.ExitCode(), st.Exited())
	fmt.Println(syscall.Signal(40), syscall.SIGSEGV, os.Interrupt, os.Kill)
}
