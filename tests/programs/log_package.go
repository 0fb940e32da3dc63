package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"
)

func main() {
	log.SetOutput(os.Stdout)
	fmt.Println(log.Flags(), log.Prefix() == "", log.Writer() == os.Stdout)
	log.SetFlags(0)
	log.Println("hello", 1, 2)
	log.Printf("x=%d", 5)
	log.Print("no newline")
	log.Print("with newline\n")
	log.SetPrefix("app: ")
	log.Println("prefixed")
	log.SetFlags(log.Lmsgprefix)
	log.Println("msgprefix")
	var buf bytes.Buffer
	l := log.New(&buf, "[x] ", 0)
	l.Printf("%s and %v", "a", []int{1, 2})
	l.Print("b", 3, 4, "c")
	fmt.Print(buf.String())
	buf.Reset()
	l.SetFlags(log.LstdFlags | log.LUTC)
	l.Println("timed")
	line := buf.String()
	fmt.Println(strings.HasPrefix(line, "[x] "), len(line), strings.HasSuffix(line, " timed\n"), line[8] == '/', line[18] == ':')
	buf.Reset()
	l.SetFlags(log.Ltime | log.Lmicroseconds)
	l.Print("micro")
	fmt.Println(len(buf.String()), buf.String()[4+8] == '.')
	fmt.Println(l.Output(1, "direct"), l.Flags(), l.Prefix())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		log.Panicf("bad %d", 7)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		log.Panicln("a", "b")
	}()
	log.Default().SetPrefix("def: ")
	log.Fatalf("fatal %s", "now")
	fmt.Println("not reached")
}
