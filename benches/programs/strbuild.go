// A string-building loop: a report line made with +, strconv and fmt.Sprintf per record,
// gathered in a strings.Builder and reset every 1,000 records: short-lived strings by the
// million.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	var sb strings.Builder
	total := 0
	for i := 0; i < 2000000; i++ {
		line := "record " + strconv.Itoa(i) + ": " + fmt.Sprintf("%08x", i*2654435761%4294967296)
		if i%3 == 0 {
			line = strings.ToUpper(line)
		}
		sb.WriteString(line)
		sb.WriteByte('\n')
		if i%1000 == 999 {
			total += len(sb.String())
			sb.Reset()
		}
	}
	fmt.Println(total)
}
