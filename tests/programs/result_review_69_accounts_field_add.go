package main

import "fmt"

type Acct struct {
	ID      int32
	Balance int32
}

type Tx struct {
	ID     int32
	Amount int32
}

// apply is big enough that gc keeps it as a function of its own; accts[i].Balance += …
// is a use gc's slice pass understands.
func apply(txs []Tx) []Acct {
	var accts []Acct
	for _, tx := range txs {
		idx := -1
		for i := range len(accts) {
			if accts[i].ID == tx.ID {
				idx = i
				break
			}
		}
		if idx < 0 {
			accts = append(accts, Acct{ID: tx.ID})
			idx = len(accts) - 1
		}
		accts[idx].Balance += tx.Amount
	}
	for i := 0; i < len(accts); i++ {
		if accts[i].Balance < 0 {
			fmt.Println("overdrawn", accts[i].ID, accts[i].Balance)
		}
	}
	return accts
}

func main() {
	a := apply([]Tx{{1, 10}, {2, -5}, {1, 7}, {3, 4}})
	fmt.Println(a, len(a), cap(a))
	b := apply([]Tx{{1, 1}, {2, 2}, {3, 3}, {4, 4}, {5, 5}})
	fmt.Println(len(b), cap(b))
}
