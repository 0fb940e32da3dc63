package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "<nil MyErr>"
	}
	return e.msg
}

func mayFail(fail bool) *MyErr {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func wrongWay(fail bool) error {
	return mayFail(fail)
}

func rightWay(fail bool) error {
	if e := mayFail(fail); e != nil {
		return e
	}
	return nil
}

func main() {
	e1 := wrongWay(false)
	e2 := rightWay(false)
	fmt.Println("wrongWay nil?", e1 == nil, "rightWay nil?", e2 == nil)
	fmt.Printf("e1: %v %T\n", e1, e1)
	fmt.Printf("e2: %v %T\n", e2, e2)
	fmt.Println("e1 message:", e1.Error())

	var p *MyErr
	var err error = p
	fmt.Println("err == nil:", err == nil, "err == p:", err == error(p), "p == nil:", p == nil)
	if me, ok := err.(*MyErr); ok {
		fmt.Println("holds *MyErr, is nil ptr:", me == nil)
	}
	var any1 any = p
	var any2 any = (*int)(nil)
	fmt.Println("typed nils differ:", any1 != any2, any1 == any(nil))

	e3 := wrongWay(true)
	fmt.Println("fail:", e3 != nil, e3)
	var nilIface error
	fmt.Printf("%v %T %d\n", nilIface, nilIface, 5)
	check := func(e error) string {
		if e == nil {
			return "nil"
		}
		return "non-nil: " + e.Error()
	}
	fmt.Println(check(nil), "|", check(p), "|", check(e3))
}
