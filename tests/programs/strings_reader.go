package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

func state(r *strings.Reader) string { return fmt.Sprintf("len=%d size=%d", r.Len(), r.Size()) }

func main() {
	r := strings.NewReader("héllo, 世界!\xff")
	fmt.Println("start", state(r))
	buf := make([]byte, 3)
	for i := 0; ; i++ {
		n, err := r.Read(buf)
		fmt.Printf("Read %d: n=%d %q err=%v eof=%v %s\n", i, n, buf[:n], err, err == io.EOF, state(r))
		if err != nil {
			break
		}
	}
	n, err := r.Read(nil)
	fmt.Println("Read nil at end:", n, err)
	r.Reset("ab")
	n, err = r.Read(make([]byte, 0))
	fmt.Println("Read empty buf:", n, err, state(r))
	fmt.Println("UnreadByte at start:", r.UnreadByte())
	fmt.Println("UnreadRune at start:", r.UnreadRune())
	for i := 0; i < 4; i++ {
		b, err := r.ReadByte()
		fmt.Printf("ReadByte %q %v %s\n", b, err, state(r))
	}
	fmt.Println("UnreadByte after EOF:", r.UnreadByte(), state(r))
	fmt.Println("UnreadByte again:", r.UnreadByte(), state(r))
	fmt.Println("UnreadByte thrice:", r.UnreadByte(), state(r))
	fmt.Println("UnreadRune after ReadByte:", r.UnreadRune())
	r.Reset("a\xffé世\xe6\x97😀")
	for {
		ch, size, err := r.ReadRune()
		fmt.Printf("ReadRune %U size=%d err=%v %s\n", ch, size, err, state(r))
		if err != nil {
			fmt.Println("is EOF:", errors.Is(err, io.EOF), err == io.EOF)
			break
		}
	}
	fmt.Println("UnreadRune after EOF:", r.UnreadRune())
	r.Reset("世界")
	ch, sz, _ := r.ReadRune()
	fmt.Printf("%c %d %s\n", ch, sz, state(r))
	fmt.Println("UnreadRune:", r.UnreadRune(), state(r))
	fmt.Println("UnreadRune twice:", r.UnreadRune(), state(r))
	ch, sz, _ = r.ReadRune()
	fmt.Println("UnreadByte after ReadRune:", r.UnreadByte(), state(r))
	fmt.Println("UnreadRune now:", r.UnreadRune(), state(r))
	b, _ := r.ReadByte()
	ch, sz, err = r.ReadRune()
	fmt.Printf("mid-rune: byte=%x rune=%U size=%d err=%v %s\n", b, ch, sz, err, state(r))
	r.Reset("")
	_, err = r.ReadByte()
	fmt.Println("empty ReadByte:", err, state(r))
	_, _, err = r.ReadRune()
	fmt.Println("empty ReadRune:", err)
	all, err := io.ReadAll(strings.NewReader("read all of this 日本"))
	fmt.Printf("ReadAll %q %v\n", all, err)
	var zero strings.Reader
	fmt.Println("zero reader", state(&zero))
	n, err = zero.Read(buf)
	fmt.Println(n, err)
}
