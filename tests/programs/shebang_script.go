#!/usr/bin/env memrun
package main

import "fmt"

func main() {
	fmt.Println("run as a script")
}
