package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func pretty(v any, indent int, sb *strings.Builder) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			sb.WriteString(pad + "  " + strconv.Quote(k) + ": ")
			pretty(x[k], indent+1, sb)
			if i < len(keys)-1 {
				sb.WriteString(",")
			}
			sb.WriteString("\n")
		}
		sb.WriteString(pad + "}")
	case []any:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[")
		for i, e := range x {
			if i > 0 {
				sb.WriteString(", ")
			}
			pretty(e, indent+1, sb)
		}
		sb.WriteString("]")
	case string:
		sb.WriteString(strconv.Quote(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case int:
		sb.WriteString(strconv.Itoa(x))
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case nil:
		sb.WriteString("null")
	default:
		fmt.Fprintf(sb, "\"<%T>\"", x)
	}
}

func main() {
	doc := map[string]any{
		"name":    "gopher",
		"age":     13,
		"score":   97.5,
		"active":  true,
		"manager": nil,
		"tags":    []any{"go", "tools", 1.5e10, false},
		"address": map[string]any{
			"city": "Mountain View",
			"zip":  "94043",
			"geo":  map[string]any{"lat": 37.42, "lng": -122.08},
		},
		"history": []any{},
		"weird":   struct{}{},
	}
	var sb strings.Builder
	pretty(doc, 0, &sb)
	fmt.Println(sb.String())
	fmt.Println(doc["address"])
	fmt.Println(len(doc), doc["tags"])
	if addr, ok := doc["address"].(map[string]any); ok {
		if geo, ok := addr["geo"].(map[string]any); ok {
			fmt.Printf("%.2f %T\n", geo["lat"], geo["lng"])
		}
	}
}
