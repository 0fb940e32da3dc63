package main

import "fmt"

func main() {
	fmt.Printf("%d %d %d %d %d\n", int8(-8), int16(-16), int32(-32), int64(-64), -1)
	fmt.Printf("%d %d %d %d %d %d\n", uint8(8), uint16(16), uint32(32), uint64(64), uint(1), uintptr(2))
	fmt.Printf("%v %x %o\n", int8(-128), int8(-128), int8(-128))
	fmt.Printf("%x %x\n", uint64(1)<<63, int64(-1))
	fmt.Println(int8(-128), uint64(1)<<63)
}
