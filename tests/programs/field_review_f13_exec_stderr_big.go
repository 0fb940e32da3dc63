package main

import (
	"fmt"
	"os/exec"
)

func main() {
	_, err := exec.Command("sh", "-c", "i=0; while [ $i -lt 2000 ]; do echo 0123456789012345678901234567890123456789012345678 >&2; i=$((i+1)); done; exit 2").Output()
	if ee, ok := err.(*exec.ExitError); ok {
		fmt.Println(len(ee.Stderr), cap(ee.Stderr))
	}
	c := exec.Command("true")
	fmt.Println(cap(c.Args))
	c = exec.Command("x", "a", "b", "c", "d")
	fmt.Println(cap(c.Args))
}
