package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

func main() {
	f := os.NewFile(99, "badfile")
	fmt.Println(f.Name(), f.Fd())
	n, err := f.Write([]byte("hello"))
	fmt.Println(n, err)
	fmt.Printf("%T\n", err)
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "path:", pe.Path, "err:", pe.Err)
		fmt.Printf("%T %d\n", pe.Err, pe.Err)
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		fmt.Println("errno", int(errno), errno, errno == syscall.Errno(9))
	}
	fmt.Println(errors.Is(err, syscall.Errno(9)), errors.Is(err, syscall.Errno(2)))
	n, err = fmt.Fprintln(f, "x", 1)
	fmt.Println(n, err)
	n, err = f.WriteString("")
	fmt.Println(n, err)
	n, err = f.Write(nil)
	fmt.Println(n, err)
	n, err = fmt.Fprint(f)
	fmt.Println(n, err)
	fmt.Println(os.NewFile(^uintptr(0), "neg") == nil)
	var nf *os.File
	fmt.Println(nf.Fd() == ^uintptr(0))
	n, err = nf.Write([]byte("x"))
	fmt.Println(n, err)
	fmt.Printf("%T\n", err)
	n, err = fmt.Fprintf(nf, "x")
	fmt.Println(n, err)
	fmt.Println(syscall.Errno(2), syscall.Errno(0), syscall.Errno(1), syscall.Errno(13), syscall.Errno(11))
	fmt.Printf("%v %d %s %q %x\n", syscall.Errno(32), syscall.Errno(32), syscall.Errno(32), syscall.Errno(32), syscall.Errno(32))
	fmt.Println(syscall.Errno(200), syscall.Errno(133), syscall.Errno(134))
}
