package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	Owner   string
	Balance float64
	History []string
}

func (a *Account) Deposit(amt float64) {
	a.Balance += amt
	a.History = append(a.History, fmt.Sprintf("deposit %.2f", amt))
}

func (a *Account) Withdraw(amt float64) error {
	if amt > a.Balance {
		return fmt.Errorf("withdraw %.2f from %s: %w", amt, a.Owner, ErrInsufficient)
	}
	a.Balance -= amt
	a.History = append(a.History, fmt.Sprintf("withdraw %.2f", amt))
	return nil
}

func (a Account) String() string {
	return fmt.Sprintf("%s: $%.2f", a.Owner, a.Balance)
}

func Transfer(from, to *Account, amt float64) error {
	if err := from.Withdraw(amt); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	to.Deposit(amt)
	return nil
}

func main() {
	alice := &Account{Owner: "Alice"}
	bob := &Account{Owner: "Bob", Balance: 50}
	alice.Deposit(100)
	alice.Deposit(25.5)
	if err := alice.Withdraw(200); err != nil {
		fmt.Println("error:", err)
		fmt.Println("is insufficient:", errors.Is(err, ErrInsufficient))
	}
	if err := Transfer(alice, bob, 75.25); err != nil {
		fmt.Println(err)
	}
	err := Transfer(bob, alice, 1000)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInsufficient), errors.Unwrap(errors.Unwrap(err)) == ErrInsufficient)
	fmt.Println(alice)
	fmt.Println(*bob)
	fmt.Printf("%v | %s | %+v\n", alice, bob, alice.History)
	for i, h := range alice.History {
		fmt.Printf("%2d. %s\n", i+1, h)
	}
	accounts := []*Account{alice, bob}
	total := 0.0
	for _, a := range accounts {
		total += a.Balance
	}
	fmt.Printf("total=%8.3f %g %e\n", total, total, total)
}
