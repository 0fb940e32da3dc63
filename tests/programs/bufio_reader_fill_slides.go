package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	br := bufio.NewReaderSize(strings.NewReader("hello zzzzzzzzzzzzzzzzzzzzzz\nxxxxxxxxxxxxxxxxxxxx\nabc"), 16)
	br.ReadByte()       // r=1, w=16
	br.ReadString('\n') // gc: fill slides (w=15) and reads only 1 byte into buf[15:16], then refills
	p := make([]byte, 15)
	n, err := br.Read(p) // Read returns only what is buffered: gc 4 bytes, memrun 3
	fmt.Printf("%d %v %q %d\n", n, err, p[:n], br.Buffered())
}
