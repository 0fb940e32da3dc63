package main

import "fmt"

type Account struct {
	Owner   string
	Balance float64
	Rate    float64 // annual, e.g. 0.05
}

func (a *Account) Deposit(amount float64) { a.Balance += amount }

func (a *Account) Compound(periodsPerYear int) {
	a.Balance *= 1 + a.Rate/float64(periodsPerYear)
}

// pow raises x to a non-negative integer power by repeated squaring.
func pow(x float64, n int) float64 {
	result := 1.0
	for n > 0 {
		if n%2 == 1 {
			result *= x
		}
		x *= x
		n /= 2
	}
	return result
}

func futureValue(principal, rate float64, periods, years int) float64 {
	return principal * pow(1+rate/float64(periods), periods*years)
}

func monthlyPayment(principal, annualRate float64, months int) float64 {
	r := annualRate / 12
	f := pow(1+r, months)
	return principal * r * f / (f - 1)
}

func main() {
	fmt.Println("compounding $1000 at 5% for 10 years:")
	for _, n := range []int{1, 2, 4, 12, 365} {
		fmt.Printf("  %3d periods/year: %10.4f\n", n, futureValue(1000, 0.05, n, 10))
	}

	acct := &Account{"ada", 2500, 0.035}
	for year := 1; year <= 5; year++ {
		acct.Deposit(1200)
		for q := 0; q < 4; q++ {
			acct.Compound(4)
		}
		fmt.Printf("year %d: %s has $%.2f\n", year, acct.Owner, acct.Balance)
	}

	// Amortization schedule (first and last few months).
	principal := 200000.0
	pay := monthlyPayment(principal, 0.06, 360)
	fmt.Printf("payment: %.2f\n", pay)
	balance := principal
	var totalInterest float64
	for m := 1; m <= 360; m++ {
		interest := balance * 0.06 / 12
		totalInterest += interest
		balance -= pay - interest
		if m <= 3 || m > 357 {
			fmt.Printf("%3d %9.2f %9.2f %12.2f\n", m, interest, pay-interest, balance)
		}
	}
	fmt.Printf("total interest: %.2f\n", totalInterest)
	if balance < 0.01 && balance > -0.01 {
		fmt.Println("paid off")
	}

	// Doubling time by simulation vs the rule of 72.
	for _, rate := range []float64{0.02, 0.04, 0.06, 0.08, 0.12} {
		v := 1.0
		years := 0
		for v < 2 {
			v *= 1 + rate
			years++
		}
		fmt.Printf("%4.0f%%: %2d years (rule of 72: %.1f)\n", rate*100, years, 72/(rate*100))
	}
}
