package main

import "fmt"

func t(s string, v int) int { fmt.Println(s); return v }

func main() {
	s := make([]int, t("len", 1), t("cap", 2))
	fmt.Println(len(s))
}
