// Simple bank ledger with interest compounding and amortization schedule
package main

import (
	"fmt"
	"math"
)

func compound(principal, rate float64, years, perYear int) float64 {
	return principal * math.Pow(1+rate/float64(perYear), float64(years*perYear))
}

func payment(principal, annualRate float64, months int) float64 {
	r := annualRate / 12
	return principal * r / (1 - math.Pow(1+r, -float64(months)))
}

func main() {
	fmt.Println("Compound interest on $1000 at 5%:")
	for _, n := range []int{1, 4, 12, 365} {
		fmt.Printf("  compounded %3d/yr for 10y: %10.2f\n", n, compound(1000, 0.05, 10, n))
	}
	fmt.Printf("  continuous: %10.2f\n", 1000*math.Exp(0.05*10))

	loan, rate, months := 10000.0, 0.06, 12
	pmt := payment(loan, rate, months)
	fmt.Printf("\nMonthly payment: %.2f\n", pmt)
	fmt.Printf("%5s %10s %10s %10s %12s\n", "month", "payment", "interest", "principal", "balance")
	bal := loan
	totalInterest := 0.0
	for m := 1; m <= months; m++ {
		interest := bal * rate / 12
		princ := pmt - interest
		bal -= princ
		totalInterest += interest
		if math.Abs(bal) < 1e-6 {
			bal = 0
		}
		fmt.Printf("%5d %10.2f %10.2f %10.2f %12.2f\n", m, pmt, interest, princ, bal)
	}
	fmt.Printf("total interest: %.2f\n", totalInterest)
	fmt.Printf("%v %.10f %e\n", pmt, pmt, totalInterest)
}
