package main

import "fmt"

func noPanic() {
	defer func() {
		r := recover()
		fmt.Println("noPanic recover:", r, r == nil)
	}()
	fmt.Println("noPanic body")
}

func helper() any {
	return recover()
}

func indirect() {
	defer func() {
		r := helper() // not called directly by the deferred function: nil
		fmt.Println("indirect helper got:", r)
		fmt.Println("direct got:", recover())
	}()
	panic("indirect panic")
}

func deferHelperDirectly() {
	defer func() {
		fmt.Println("outer sees:", recover())
	}()
	defer helper() // helper IS the deferred function: it recovers
	panic("caught by helper")
}

func outsideDefer() {
	r := recover()
	fmt.Println("recover outside defer:", r)
}

func nestedDeferFunc() {
	defer func() {
		func() {
			fmt.Println("nested func recover:", recover())
		}()
		fmt.Println("deferred func recover:", recover())
	}()
	panic("nested")
}

func recoverTwice() {
	defer func() {
		fmt.Println("second recover:", recover())
	}()
	defer func() {
		fmt.Println("first recover:", recover())
	}()
	panic("once")
}

func panicNilLike() {
	defer func() {
		r := recover()
		fmt.Println("recovered zero-ish values:", r)
	}()
	var s []int
	panic(len(s))
}

func main() {
	noPanic()
	indirect()
	deferHelperDirectly()
	outsideDefer()
	nestedDeferFunc()
	recoverTwice()
	panicNilLike()
	fmt.Println("recover in main:", recover())
	fmt.Println("end")
}
