package main

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	e := base64.NewEncoder(base64.StdEncoding, os.Stdout)
	e.Write([]byte("h"))
	e.Write([]byte("ello, "))
	e.Write([]byte(strings.Repeat("streaming ", 150)))
	e.Close()
	fmt.Println()
	r := base64.NewEncoder(base64.RawURLEncoding, os.Stdout)
	r.Write([]byte{0xfb, 0xff})
	r.Close()
	fmt.Println()
	h := hex.NewEncoder(os.Stdout)
	n, err := h.Write([]byte(strings.Repeat("ab", 700)))
	fmt.Println()
	fmt.Println(n, err)
	for _, in := range []string{"48656c6c6f", "4865z", "486", "", strings.Repeat("41", 1500)} {
		d := hex.NewDecoder(strings.NewReader(in))
		b, err := io.ReadAll(d)
		fmt.Println(len(b), string(b[:min(len(b), 8)]), err)
	}
	d := hex.NewDecoder(strings.NewReader("414243"))
	p := make([]byte, 2)
	n, err = d.Read(p)
	fmt.Println(n, err, string(p[:n]))
	n, err = d.Read(p)
	fmt.Println(n, err, string(p[:n]))
	n, err = d.Read(p)
	fmt.Println(n, err)
}
