package main

func Sl[T ~[]int | ~[3]int](x T) { _ = x[1:] }
func Sl2[T ~string | ~[]byte](x T) { _ = x[1:] }
func Snd[T chan int | chan int8](c T) { c <- 1 }
func Rcv[T chan int | chan int8](c T) { <-c }
func Rcv2[T chan int | <-chan int](c T) { <-c }
func Cl[T chan int | chan int8](c T) { close(c) }
func Ln[T ~[]int | ~map[int]int | ~string](x T) int { return len(x) }
func Cp[T ~[]int | ~map[int]int](x T) int { return cap(x) }
func Ix[T ~[]int | ~[3]int](x T) int { return x[1] }
func Ix2[T ~string | ~[]byte](x T) byte { return x[1] }
func Ix3[T ~string | ~[]byte](x T) { x[1] = 2 }
func Ix4[T ~map[int]int | ~map[int8]int](x T) int { return x[1] }
func Cl3[T ~[]int | ~[]int8](x T) { clear(x) }
func Cl4[T ~[]int | ~map[int]int](x T) { clear(x) }
func Cpy[T ~[]int | ~[]int8](x T) { copy(x, x) }
func Cpy2[T ~string | ~[]byte](x T) { var b []byte; copy(b, x) }
func Ap[T ~string | ~[]byte](x T) { var b []byte; b = append(b, x...) }
func Dl[T ~map[int]int | ~map[int8]int](x T) { delete(x, 1) }
func Mk[T ~[]int | ~[]int](x T) T { return make(T, 1) }
func Mk2[T ~chan int | ~chan int8]() T { return make(T) }
func Cv[T ~[]int | ~[]int8](x T) { _ = []int(x) }
func main() {}
