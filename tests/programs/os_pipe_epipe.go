package main

import (
	"fmt"
	"os"
	"os/exec"
)

func main() {
	r, w, _ := os.Pipe()
	r.Close()
	_, err := w.Write([]byte("x"))
	fmt.Println(err)
	out, err := exec.Command("sh", "-c", "trap - PIPE; (sleep 0.1; echo hi) | true; kill -l $(( $? ))").Output()
	fmt.Printf("%q %v\n", out, err)
	for i := 0; i < 3; i++ {
		fmt.Println("line", i)
	}
}
