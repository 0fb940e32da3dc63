package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Bid struct {
	Bidder string
	Amount int
}

func lowest(bids []Bid) Bid {
	return slices.MinFunc(bids, func(a, b Bid) int { return cmp.Compare(a.Amount, b.Amount) })
}

func main() {
	auctions := map[string][]Bid{
		"lamp":  {{"ann", 30}, {"bob", 25}},
		"chair": {},
	}
	for _, item := range []string{"lamp", "chair"} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println(item, "recovered:", r)
				}
			}()
			fmt.Println(item, "lowest:", lowest(auctions[item]))
		}()
	}
	// now without recovery
	fmt.Println("table lowest:", lowest(auctions["table"]))
}
