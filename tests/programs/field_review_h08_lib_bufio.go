package main

import (
	"bufio"
	"fmt"
	"os"
)

type S struct{ b []byte }

func main() {
	var st S
	st.b = append(st.b, "hello\n"...)
	w := bufio.NewWriter(os.Stdout)
	w.Write(st.b)
	w.Flush()
	fmt.Println(cap(st.b))
}
