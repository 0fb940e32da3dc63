package main

import (
	"fmt"
	"os/exec"
)

func main() {
	_, err := exec.Command("sh", "-c", "printf abc >&2; exit 3").Output()
	if ee, ok := err.(*exec.ExitError); ok {
		fmt.Println(len(ee.Stderr), cap(ee.Stderr))
	}
	c := exec.Command("echo", "a", "b", "c")
	fmt.Println(len(c.Args), cap(c.Args))
}
