package main

import (
	"bytes"
	"fmt"
)

func main() {
	b := bytes.NewBufferString("hi")
	fmt.Println(b.Cap(), b.Available())
}
