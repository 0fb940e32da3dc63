// probes: type switch inside an inlined helper, bound variable per clause
package main

import "fmt"

func desc(v any) []byte {
	switch x := v.(type) {
	case int:
		return append([]byte(nil), byte(x))
	case string:
		return []byte(x)
	}
	return nil
}

func main() {
	fmt.Println(desc(65), string(desc("hi")), desc(1.5) == nil)
}
