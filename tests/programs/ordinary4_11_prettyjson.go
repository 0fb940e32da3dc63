package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Value any

func write(sb *strings.Builder, v Value, indent int) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case int:
		sb.WriteString(strconv.Itoa(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		sb.WriteString(strconv.Quote(x))
	case []Value:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(pad + "  ")
			write(sb, e, indent+1)
			if i < len(x)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + "]")
	case map[string]Value:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(sb, "%s  %q: ", pad, k)
			write(sb, x[k], indent+1)
			if i < len(keys)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + "}")
	default:
		fmt.Fprintf(sb, "\"<unknown %T>\"", x)
	}
}

func main() {
	doc := map[string]Value{
		"name":    "memrun \"test\"",
		"version": 1.5,
		"count":   42,
		"active":  true,
		"nothing": nil,
		"tags":    []Value{"a", "b\tc", 3, 2.25e10},
		"nested": map[string]Value{
			"empty": []Value{},
			"deep":  map[string]Value{"x": -0.001, "y": []Value{false}},
		},
		"weird": struct{ A int }{7},
	}
	var sb strings.Builder
	write(&sb, doc, 0)
	fmt.Println(sb.String())
	fmt.Println(sb.Len())
	fmt.Println(strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(123456789.0, 'f', 2, 64))
}
