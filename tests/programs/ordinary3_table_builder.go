package main

import (
	"fmt"
	"strings"
)

type Table struct {
	Header []string
	Rows   [][]string
	Align  []byte
}

func (t *Table) Add(cells ...any) {
	row := make([]string, len(cells))
	for i, c := range cells {
		switch v := c.(type) {
		case float64:
			row[i] = fmt.Sprintf("%.2f", v)
		case string:
			row[i] = v
		default:
			row[i] = fmt.Sprint(v)
		}
	}
	t.Rows = append(t.Rows, row)
}

func (t *Table) widths() []int {
	w := make([]int, len(t.Header))
	for i, h := range t.Header {
		w[i] = len([]rune(h))
	}
	for _, r := range t.Rows {
		for i, c := range r {
			if n := len([]rune(c)); n > w[i] {
				w[i] = n
			}
		}
	}
	return w
}

func pad(s string, w int, align byte) string {
	gap := w - len([]rune(s))
	if align == 'r' {
		return strings.Repeat(" ", gap) + s
	}
	return s + strings.Repeat(" ", gap)
}

func (t *Table) Render() string {
	w := t.widths()
	var sb strings.Builder
	line := func(cells []string) {
		sb.WriteString("|")
		for i, c := range cells {
			sb.WriteString(" " + pad(c, w[i], t.Align[i]) + " |")
		}
		sb.WriteString("\n")
	}
	sep := "+"
	for _, x := range w {
		sep += strings.Repeat("-", x+2) + "+"
	}
	sb.WriteString(sep + "\n")
	line(t.Header)
	sb.WriteString(sep + "\n")
	for _, r := range t.Rows {
		line(r)
	}
	sb.WriteString(sep + "\n")
	return sb.String()
}

func main() {
	t := &Table{Header: []string{"City", "Pop (M)", "Area", "Capital"}, Align: []byte("lrrl")}
	t.Add("Zürich", 0.42, 88, false)
	t.Add("Tokyo", 13.96, 2194, true)
	t.Add("São Paulo", 12.33, 1521, false)
	t.Add("Reykjavík", 0.131, 273, true)
	t.Add("Lagos", 15.388, 1171.28, false)
	fmt.Print(t.Render())
	fmt.Println("rows", len(t.Rows), cap(t.Rows), "widths", t.widths())
	fmt.Printf("%q\n", pad("ab", 5, 'r'))
	fmt.Printf("[%6s][%-6s][%6.1f][%-7d][%x][%X][%o][%b]\n", "go", "go", 3.14159, 42, 255, 255, 8, 5)
	fmt.Printf("[%5t][%-5v][%q][%c][%U]\n", true, nil, 'x', 0x1F600, 'é')
}
