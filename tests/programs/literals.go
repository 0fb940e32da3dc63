package main

import "fmt"

func main() {
	fmt.Println(0x1F, 0X1f, 0o777, 0777, 0b1011, 1_000, 0x_dead_beef)
	fmt.Println('a', '\n', '\x41', '\101', '\u00e9', '\U0001F600', '\'', '\\')
	fmt.Println("esc: \a\b\f\v|\t|\"q\"|\\|\u263A|\x41\101")
	fmt.Println(`raw \n "string"
with newline`)
	fmt.Println(len("\xff\u00e9"), len(`\n`))
}
