package main

import "fmt"

type Machine struct {
	name  string
	state string
	log   []string
}

func (m *Machine) logf(format string, args ...any) {
	m.log = append(m.log, fmt.Sprintf(format, args...))
}

func (m *Machine) guard(op string) {
	if r := recover(); r != nil {
		m.logf("%s failed: %v", op, r)
		m.state = "error"
	}
}

func (m *Machine) Step(op string, n int) {
	defer m.guard(op)
	defer m.logf("end %s", op)
	m.logf("begin %s", op)
	switch op {
	case "div":
		m.logf("result %d", 100/n)
	case "index":
		xs := []int{1, 2, 3}
		m.logf("elem %d", xs[n])
	case "custom":
		panic(fmt.Sprintf("custom failure %d", n))
	}
	m.state = "ok"
}

type Tx struct {
	ops       []string
	committed bool
}

func (t *Tx) Rollback() {
	if !t.committed {
		fmt.Println("rollback", t.ops)
	}
}

func (t *Tx) Commit() {
	t.committed = true
	fmt.Println("commit", t.ops)
}

func transfer(amount int) (err string) {
	t := &Tx{}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Sprint("transfer aborted: ", r)
		}
	}()
	defer t.Rollback()
	t.ops = append(t.ops, "debit")
	if amount > 100 {
		panic(amount)
	}
	t.ops = append(t.ops, "credit")
	t.Commit()
	return "ok"
}

func main() {
	m := &Machine{name: "m1"}
	m.Step("div", 4)
	m.Step("div", 0)
	m.Step("index", 2)
	m.Step("index", 3)
	m.Step("custom", 9)
	m.Step("noop", 0)
	for _, l := range m.log {
		fmt.Println(l)
	}
	fmt.Println("state:", m.state)

	fmt.Println(transfer(50))
	fmt.Println(transfer(500))
}
