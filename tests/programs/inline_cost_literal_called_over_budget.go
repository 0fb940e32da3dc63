// A call of a function literal costs gc the literal's own cost, which may reach 160 (gc marks
// literals inlinable within twice the budget): f1's cost is 178 (its literal's 156), f2's
// 173. memrun's upper bounds must hold them (tests/inline_costs.rs checks every
// inline_cost_* program).
package main

import "fmt"

func f1() {
	g := func() { fmt.Println("a"); fmt.Println("b") }
	g()
}

func f2() {
	func() { fmt.Println("a"); fmt.Println("b") }()
}

func main() {
	f1()
	f2()
}
