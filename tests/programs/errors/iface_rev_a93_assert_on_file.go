package main

import (
	"io"
	"os"
)

func main() {
	_ = os.Stdout.(io.StringWriter)
	var w io.Writer = os.Stdout
	_ = w.(os.File)
	_ = w.(*os.File).fd
	_ = os.Stdout.fd
}
