package main

import "fmt"

type Account struct {
	Owner string
	Tags  []string
}

// The slice header is copied, but the caller's backing array is shared: whether the append
// writes into it depends on the capacity gc gave the caller's slice.
func tagCopy(a Account, t string) {
	a.Tags[0] = t
	a.Tags = append(a.Tags, "lost")
}

func main() {
	a := Account{Owner: "ann", Tags: []string{"new", "vip"}}
	tagCopy(a, "old")
	fmt.Println(a.Tags, len(a.Tags))
}
