package main

import "fmt"

type S struct{}
type MyInt int
type C interface{ comparable; int | string }
type N interface{ ~int | ~int8 }
type NM interface{ ~int; String() string }
type I2 interface{ int | string; int8 | float64 }

func A[T any, U ~T | int]()             {}
func B[T any, U int | T]()              {}
func B2[T any, U T]()                   {}
func Cc[U int | comparable]()           {}
func D[U int | fmt.Stringer]()          {}
func E[U int | C]()                     {}
func F[U MyInt | ~int]()                {}
func G[U ~int | MyInt]()                {}
func H[U int | N]()                     {}
func H2[U N | int8]()                   {}
func J[U int | NM]()                    {}
func K[U ~fmt.Stringer | int]()         {}
func L[U any | int]()                   {}
func M[U int | I2]()                    {}
func main() {}
