package main

import (
	"fmt"
	"os/exec"
)

func main() {
	_, err := exec.Command("sh", "-c", "printf 123456789 >&2; sleep 0.2; printf 123456789 >&2; exit 3").Output()
	if ee, ok := err.(*exec.ExitError); ok {
		fmt.Println(len(ee.Stderr), cap(ee.Stderr))
		s := ee.Stderr[:2]
		s = append(s, 'X')
		fmt.Println(string(ee.Stderr[:4]))
	}
}
