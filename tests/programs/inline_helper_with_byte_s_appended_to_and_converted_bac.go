// probes: helper with []byte(s) appended to and converted back; called in a loop
package main

import "fmt"

func shout(s string) string {
	b := []byte(s)
	b = append(b, '!')
	return string(b)
}

func main() {
	for _, w := range []string{"a", "bb", "ccc"} {
		fmt.Println(shout(w))
	}
	x := shout("hey")
	fmt.Println(len(x), x)
}
