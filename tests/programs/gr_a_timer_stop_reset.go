package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(100 * time.Millisecond)
	fmt.Println("stop active timer:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	fmt.Println("reset stopped timer:", t.Reset(20*time.Millisecond))
	<-t.C
	fmt.Println("fired after reset")
	fmt.Println("stop fired timer:", t.Stop())
	fmt.Println("reset fired timer:", t.Reset(10*time.Millisecond))
	<-t.C
	fmt.Println("fired again")

	// Reset an active timer pushes it later.
	t2 := time.NewTimer(20 * time.Millisecond)
	fmt.Println("reset active:", t2.Reset(80*time.Millisecond))
	select {
	case <-t2.C:
		fmt.Println("fired too early")
	case <-time.After(40 * time.Millisecond):
		fmt.Println("not yet fired at 40ms")
	}
	<-t2.C
	fmt.Println("t2 fired")

	// Go 1.23+: Stop guarantees no stale value is received afterwards.
	t3 := time.NewTimer(5 * time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	fmt.Println("stop expired-unread timer:", t3.Stop())
	select {
	case <-t3.C:
		fmt.Println("stale value received")
	default:
		fmt.Println("no stale value")
	}

	// Reset on expired but unread timer.
	t4 := time.NewTimer(5 * time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	fmt.Println("reset expired-unread:", t4.Reset(40*time.Millisecond))
	select {
	case <-t4.C:
		fmt.Println("stale value after reset")
	case <-time.After(15 * time.Millisecond):
		fmt.Println("no stale value after reset")
	}
	<-t4.C
	fmt.Println("t4 fired")
	fmt.Println("len/cap of timer chan:", len(t4.C), cap(t4.C))

	// Zero-duration timer fires promptly.
	t5 := time.NewTimer(0)
	<-t5.C
	fmt.Println("zero timer fired")
}
