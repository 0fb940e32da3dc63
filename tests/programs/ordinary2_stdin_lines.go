package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

type Stats struct {
	Lines, Words, Chars int
	Longest             string
}

func (s *Stats) Feed(line string) {
	s.Lines++
	s.Words += len(strings.Fields(line))
	s.Chars += len(line) + 1
	if len(line) > len(s.Longest) {
		s.Longest = line
	}
}

func main() {
	var st Stats
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		st.Feed(sc.Text())
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("stdin: %+v\n", st)
	sample := "first line\nsecond line here\n\nlast one is the longest line"
	sc2 := bufio.NewScanner(strings.NewReader(sample))
	var st2 Stats
	for sc2.Scan() {
		st2.Feed(sc2.Text())
	}
	fmt.Printf("sample: %+v\n", st2)
	ws := bufio.NewScanner(strings.NewReader("alpha  beta\ngamma\tdelta   epsilon"))
	ws.Split(bufio.ScanWords)
	var words []string
	for ws.Scan() {
		words = append(words, ws.Text())
	}
	fmt.Println(words, len(words), cap(words))
	r := bufio.NewReader(strings.NewReader("key: value\nx: 1\n"))
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			fmt.Printf("end: %v %q\n", err, line)
			break
		}
		k, v, _ := strings.Cut(strings.TrimSpace(line), ": ")
		fmt.Printf("%q => %q\n", k, v)
	}
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 1)
	w.WriteString("buffered 2\n")
	w.Flush()
}
