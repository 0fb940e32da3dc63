package main

import (
	"fmt"
	"os"
)

func main() {
	n, err := fmt.Fprint(os.Stdout, "a", 1, 2, "b", 3.5, nil, true)
	fmt.Println()
	fmt.Println(n, err)
	n, err = fmt.Fprintln(os.Stderr, "to", "stderr", 42)
	fmt.Println(n, err)
	n, err = fmt.Fprintf(os.Stdout, "%5d|%-5s|%x\n", 42, "hi", "hi")
	fmt.Println(n, err)
	n, err = fmt.Println("héllo", []int{1, 2})
	fmt.Println(n, err)
	n, err = fmt.Printf("%v %d\n", "x")
	fmt.Println(n, err)
	n, err = fmt.Print()
	fmt.Println(n, err)
	n, err = fmt.Fprint(os.Stdout)
	fmt.Println(n, err)
	n, err = os.Stdout.WriteString("ws\n")
	fmt.Println(n, err)
	n, err = os.Stdout.Write([]byte("w\n"))
	fmt.Println(n, err)
	n, err = os.Stdout.Write(nil)
	fmt.Println(n, err)
	fmt.Println(os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Name())
	fmt.Println(os.Stdout.Fd(), os.Stderr.Fd(), os.Stdin.Fd())
}
