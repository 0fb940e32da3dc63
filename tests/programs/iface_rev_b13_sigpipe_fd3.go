package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

func main() {
	f := os.NewFile(3, "pipe3")
	n, err := f.Write([]byte("hello"))
	fmt.Println(n, err)
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe))
	fmt.Println(errors.Is(err, syscall.Errno(32)))
	n, err = fmt.Fprintf(f, "x%d", 2)
	fmt.Println(n, err)
}
