package main

import "fmt"

type Box[T comparable] struct{ v T }

type W[T any] struct{ b Box[T] }

type S[T any] struct{ m map[T]int }

type K[T any] struct{ m map[[2]T]bool }

type E[T any] struct{ T }

type D[T any] struct{ v T }

func (D[T]) M() {}
func (D[T]) M() {}

type F[T any] struct{ M int }

func (F[T]) M() {}

func Dup[T any, T any](x T) { fmt.Println(x) }

func C[T ~int | ~float64](x T) { const c T = 1; fmt.Println(c) }

func main() {}
