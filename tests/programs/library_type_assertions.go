package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var x any = bufio.NewReader(strings.NewReader(""))
	_, ok := x.(io.Reader)
	fmt.Println(ok)
	var y any = bufio.NewWriter(os.Stdout)
	_, ok = y.(io.Writer)
	fmt.Println(ok)
	var z any = bytes.NewBufferString("x")
	_, ok = z.(io.Reader)
	fmt.Println(ok)
	var w any = strings.NewReader("x")
	_, ok = w.(io.RuneScanner)
	fmt.Println(ok)
}

func init() {
	// fmt.Fscan reads through a bufio.Reader's UnreadRune: nothing past the token is lost.
	rd := bufio.NewReader(strings.NewReader("3\nhello\n12x"))
	var n int
	fmt.Fscan(rd, &n)
	line, _ := rd.ReadString('\n')
	var m int
	_, err := fmt.Fscanf(rd, "hello\n%d", &m)
	rest, _ := rd.ReadString('\n')
	fmt.Printf("%d %q %d %v %q\n", n, line, m, err, rest)
}
