package main

import "fmt"

type Reader interface{ Read() string }

type File struct{}

func (f *File) Read() string { return "data" }

type Pipe struct{}

func main() {
	var r Reader = &File{}
	switch v := r.(type) {
	case *File:
		fmt.Println("file", v.Read())
	case Pipe:
		fmt.Println("pipe")
	}
}
