package main

import "fmt"

func main() {
	var big int64 = 0x1_2345_6789
	fmt.Println(int32(big), int16(big), int8(big), uint8(big), uint32(big))
	var n int8 = -1
	fmt.Println(uint8(n), uint16(n), uint32(n), uint64(n), int64(n))
	var u uint8 = 200
	fmt.Println(int8(u), int(u), int16(u))
	var r rune = 0x4E16
	fmt.Println(string(r), string(rune(65)), string(rune(-1)), string(rune(0x110000)))
	var p uintptr = 4096
	fmt.Println(p+1, int(p)*2)
}
