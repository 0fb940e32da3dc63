package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
)

const tmpl = `  Welcome to {{HOST}}   running   {{OS}}
Kernel:	{{KERNEL}}
Maintainer:   {{ADMIN}} <{{EMAIL}}>
  NOTICE: maintenance window is {{WINDOW}}  `

func center(s string, width int) string {
	if len(s) >= width {
		return s
	}
	left := (width - len(s)) / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", width-len(s)-left)
}

func main() {
	r := strings.NewReplacer("{{HOST}}", "web-07", "{{OS}}", "Debian 12", "{{KERNEL}}", "6.1.0-18-amd64",
		"{{ADMIN}}", "Ops Team", "{{EMAIL}}", "ops@example.net", "{{WINDOW}}", "Sun 02:00-04:00 UTC")
	text := r.Replace(tmpl)

	var buf bytes.Buffer
	width := 0
	for _, line := range strings.Split(text, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if len(line) > width {
			width = len(line)
		}
	}
	border := "+" + strings.Repeat("-", width+2) + "+\n"
	buf.WriteString(border)
	for _, line := range strings.Split(text, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		fmt.Fprintf(&buf, "| %s |\n", center(line, width))
	}
	buf.WriteString(border)
	fmt.Print(buf.String())
	fmt.Println("buffer len:", buf.Len())

	first, err := buf.ReadString('\n')
	fmt.Printf("first=%q err=%v remaining=%d\n", first, err, buf.Len())
	b, _ := buf.ReadByte()
	buf.UnreadByte()
	line, _ := buf.ReadBytes('\n')
	fmt.Printf("byte=%q line=%q\n", b, bytes.TrimSpace(line))
	rest, _ := io.ReadAll(&buf)
	fmt.Println("rest lines:", bytes.Count(rest, []byte("\n")), "contains Debian:", bytes.Contains(rest, []byte("Debian")))

	var sb strings.Builder
	words := strings.FieldsFunc("Ops Team; ops@example.net, web-07/Debian", func(r rune) bool {
		return r == ';' || r == ',' || r == '/' || unicode.IsSpace(r)
	})
	for i, w := range words {
		if i > 0 {
			sb.WriteByte('|')
		}
		sb.WriteString(strings.ToUpper(w[:1]) + strings.ToLower(w[1:]))
	}
	sb.WriteRune('→')
	fmt.Println(sb.String(), sb.Len())

	pairs := [][2]string{{"Debian", "DEBIAN"}, {"ops", "Ops"}, {"straße", "STRASSE"}, {"Σ", "σ"}, {"k", "\u212a"}}
	for _, p := range pairs {
		fmt.Printf("EqualFold(%q,%q)=%v ", p[0], p[1], strings.EqualFold(p[0], p[1]))
	}
	fmt.Println()
	fmt.Println(strings.ToUpper("ümlaut çedilla ß"), strings.ToLower("İSTANBUL ΣΟΦΙΑ"), strings.ToTitle("dž"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '#'
		}
		if r == '-' {
			return -1
		}
		return r
	}, "kernel 6.1.0-18-amd64"))
	fmt.Printf("%q\n", strings.SplitN("a=b=c=d", "=", 3))
	fmt.Printf("%q\n", strings.SplitAfter("x,y,,z", ","))
	fmt.Println(strings.LastIndex(text, "{{"), strings.Index(text, "web"), strings.Count(text, " "), strings.ContainsRune(text, '@'))
	fmt.Println(strings.TrimLeft("xxyhello", "xy"), strings.TrimPrefix("xxyhello", "x"), strings.TrimFunc("123abc456", unicode.IsDigit))
	var bb bytes.Buffer
	bb.Write([]byte("abc"))
	bb.Truncate(1)
	bb.WriteString("-reset")
	fmt.Println(bb.String(), bytes.ToUpper(bb.Bytes()), string(bytes.Repeat([]byte("=-"), 5)))
	bb.Reset()
	fmt.Printf("%q %d\n", bb.String(), bb.Len())
}
