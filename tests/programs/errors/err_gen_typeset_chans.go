package main

func R1[T chan int | chan int8](c T) { for range c {} }
func R2[T chan int | chan<- int](c T) { for range c {} }
func S1[T chan int | <-chan int](c T) { c <- 1 }
func S2[T chan<- int | <-chan int](c T) { close(c) }
func M2[T chan<- int | <-chan int]() T { return make(T) }
func D1[T ~map[int]int | ~map[int]string](x T) { delete(x, 1) }
func I1[T ~[]int | ~[]int8](x T) { _ = x[0] }
func I2[T ~[4]int | ~[3]int](x T) { _ = x[3] }
func I3[T ~[4]int | ~[]int](x T) { _ = x[5] }
func main() {}
