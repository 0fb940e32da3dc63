// Go by Example: string formatting
package main

import (
	"fmt"
	"os"
)

type point struct {
	x, y int
}

func main() {
	p := point{1, 2}
	fmt.Printf("struct1: %v\n", p)
	fmt.Printf("struct2: %+v\n", p)
	fmt.Printf("struct3: %#v\n", p)
	fmt.Printf("type: %T\n", p)
	fmt.Printf("bool: %t\n", true)
	fmt.Printf("int: %d\n", 123)
	fmt.Printf("bin: %b\n", 14)
	fmt.Printf("char: %c\n", 33)
	fmt.Printf("hex: %x\n", 456)
	fmt.Printf("float1: %f\n", 78.9)
	fmt.Printf("float2: %e\n", 123400000.0)
	fmt.Printf("float3: %E\n", 123400000.0)
	fmt.Printf("str1: %s\n", "\"string\"")
	fmt.Printf("str2: %q\n", "\"string\"")
	fmt.Printf("str3: %x\n", "hex this")
	fmt.Printf("pointer is non-nil: %t\n", &p != nil)
	fmt.Printf("width1: |%6d|%6d|\n", 12, 345)
	fmt.Printf("width2: |%6.2f|%6.2f|\n", 1.2, 3.45)
	fmt.Printf("width3: |%-6.2f|%-6.2f|\n", 1.2, 3.45)
	fmt.Printf("width4: |%6s|%6s|\n", "foo", "b")
	fmt.Printf("width5: |%-6s|%-6s|\n", "foo", "b")
	s := fmt.Sprintf("sprintf: a %s", "string")
	fmt.Println(s)
	fmt.Fprintf(os.Stderr, "io: an %s\n", "error")
	fmt.Printf("%08.3f|%+d|%x|%X|%o|%O|%U\n", 3.14159, 5, 255, 255, 8, 8, 0x1F600)
	fmt.Printf("%5t|%-5t|\n", true, false)
	fmt.Printf("%v %v %v\n", []string{"a"}, map[string]int{"k": 1}, [2]bool{true})
	fmt.Printf("%q %q %v\n", 'x', []string{"a b", "c"}, 'x')
	fmt.Printf("%#x %#o %#b\n", 255, 8, 5)
	fmt.Printf("%6.2f%%\n", 45.678)
	fmt.Printf("%*d|%-*d|\n", 5, 42, 4, 7)
	fmt.Printf("%g %g %g %g\n", 1e21, 1e-7, 100000.0, 0.000012345)
	fmt.Printf("%v %v\n", float32(0.1), 0.1+0.2)
	fmt.Printf("%d %s\n", "wrong", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	var ip *int
	fmt.Printf("%v %+v\n", ip, nil)
}
