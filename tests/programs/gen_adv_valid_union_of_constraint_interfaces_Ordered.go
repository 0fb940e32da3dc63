package main
import "fmt"
type Integer interface{ ~int | ~int8 | ~int16 | ~int32 | ~int64 }
type Unsigned interface{ ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr }
type Float interface{ ~float32 | ~float64 }
type Ordered interface{ Integer | Unsigned | Float | ~string }
func Max[T Ordered](a, b T) T { if a > b { return a }; return b }
func main() { fmt.Println(Max(uintptr(3), 2), Max[int16](-1, -2), Max("a", "b"), Max[float32](0.1, 0.2)) }
